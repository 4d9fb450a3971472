//@ compile-fail
// A refutable pattern as a closure parameter (E0005).
fn main() {
    let f = |Some(x): Option<i32>| x; //~ ERROR E0005
    println!("{}", f(Some(1)));
}
