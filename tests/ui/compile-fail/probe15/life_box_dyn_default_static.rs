//@ compile-fail
// Box<dyn Display> (implicitly + 'static) built from a borrowed parameter's reference.
use std::fmt::Display;
fn boxed<'a>(s: &'a String) -> Box<dyn Display> {
    Box::new(s) //~ ERROR lifetime may not live long enough
}
fn main() {
    let s = String::from("a");
    println!("{}", boxed(&s));
}
