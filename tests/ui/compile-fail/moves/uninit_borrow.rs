//@ compile-fail
// Borrowing an uninitialised variable.
fn main() {
    let v: Vec<i32>;
    let r = &v; //~ ERROR E0381
    println!("{:?}", r);
}
