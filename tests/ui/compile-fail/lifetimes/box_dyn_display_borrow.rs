//@ compile-fail
// `Box<dyn Display>` is `'static` by default: a borrowed &str cannot go in.
use std::fmt::Display;

fn boxed(s: &str) -> Box<dyn Display> {
    Box::new(s) //~ ERROR lifetime may not live long enough
}

fn main() {
    let owned = String::from("hi");
    println!("{}", boxed(&owned));
}
