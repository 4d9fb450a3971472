// `Box<dyn Display + 'a>` from a borrowed parameter.
use std::fmt::Display;
fn boxed<'a>(s: &'a String) -> Box<dyn Display + 'a> { Box::new(s) }
fn main() {
    let s = String::from("a");
    println!("{}", boxed(&s));
}
