//@ compile-fail
// Returning a capturing closure as a fn pointer (E0308).
fn make(n: i32) -> fn(i32) -> i32 {
    move |x| x + n //~ ERROR E0308
}
fn main() {
    println!("{}", make(1)(2));
}
