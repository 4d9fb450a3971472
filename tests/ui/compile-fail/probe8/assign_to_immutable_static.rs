//@ compile-fail
// An immutable `static` cannot be assigned, even though reading it is fine.
static LIMIT: i32 = 5;
fn main() {
    LIMIT = 6; //~ ERROR E0594
    println!("{}", LIMIT);
}
