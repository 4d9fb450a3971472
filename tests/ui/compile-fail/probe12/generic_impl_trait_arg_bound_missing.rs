//@ compile-fail
// An `impl Display` argument given a value without `Display`.
use std::fmt::Display;
fn show(x: impl Display) {
    println!("{x}");
}
fn main() {
    show(vec![1]); //~ ERROR E0277
}
