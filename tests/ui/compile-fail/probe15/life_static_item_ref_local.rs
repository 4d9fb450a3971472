//@ compile-fail
// A `&i32` struct field without a lifetime, given a static's address (E0106).
struct Holder { r: &i32 } //~ ERROR E0106
static H: i32 = 1;
fn main() {
    let h = Holder { r: &H };
    println!("{}", h.r);
}
