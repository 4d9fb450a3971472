//@ compile-fail
// Returning a closure that borrows a parameter without `move` (E0373).
fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    |x| x + n //~ ERROR E0373
}
fn main() {
    println!("{}", make_adder(1)(2));
}
