//@ compile-fail
// Calling a closure with two arguments when it takes one (E0057).
fn main() {
    let f = |x: i32| x * 2;
    println!("{}", f(1, 2)); //~ ERROR E0057
}
