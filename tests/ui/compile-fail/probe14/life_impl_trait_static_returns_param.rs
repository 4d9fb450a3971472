//@ compile-fail
// `-> impl Display + 'static` returning a borrowed parameter.
use std::fmt::Display;
fn show(s: &str) -> impl Display + 'static {
    s //~ ERROR lifetime may not live long enough
}
fn main() {
    println!("{}", show("a"));
}
