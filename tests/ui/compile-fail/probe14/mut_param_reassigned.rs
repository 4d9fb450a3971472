//@ compile-fail
// Reassigning a non-`mut` parameter.
fn f(n: i32) -> i32 {
    n = n + 1; //~ ERROR E0384
    n
}
fn main() {
    println!("{}", f(1));
}
