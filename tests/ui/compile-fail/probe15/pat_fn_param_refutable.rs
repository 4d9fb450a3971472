//@ compile-fail
// A refutable pattern as a function parameter (E0005).
fn f(Some(x): Option<i32>) -> i32 { //~ ERROR E0005
    x
}
fn main() {
    println!("{}", f(Some(1)));
}
