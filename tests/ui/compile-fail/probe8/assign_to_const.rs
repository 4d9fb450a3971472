//@ compile-fail
// A `const` is a value, not a place: it cannot be assigned.
const LIMIT: i32 = 5;
fn main() {
    LIMIT = 6; //~ ERROR E0070
    println!("{}", LIMIT);
}
