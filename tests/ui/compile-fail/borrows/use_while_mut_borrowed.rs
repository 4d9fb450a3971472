//@ compile-fail
// Reading an integer while a mutable borrow of it is still in use.
fn main() {
    let mut x = 10;
    let r = &mut x;
    let y = x + 1; //~ ERROR E0503
    *r += y;
    println!("{}", x);
}
