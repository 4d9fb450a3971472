//@ compile-fail
// `&str` given to `fn show<T: Display>(x: &T)`: `T = str` is not `Sized`.
use std::fmt::Display;
fn show<T: Display>(x: &T) {
    println!("{x}");
}
fn main() {
    let s: &str = "hello";
    show(s); //~ ERROR E0277
}
