//@ compile-fail
// Passing a parameter's `&str` on as `Box<dyn Debug>` makes it `'static`: the coercion is refused.
use std::fmt::Debug;
fn show(b: Box<dyn Debug>) {
    println!("{:?}", b);
}
fn relay(s: &str) {
    show(Box::new(s)); //~ ERROR lifetime may not live long enough
}
fn main() {
    relay("x");
}
