//@ compile-fail
// impl Display returned from a body ending with a statement (E0277).
use std::fmt::Display;
fn make(n: u32) -> impl Display { //~ ERROR E0277
    n + 1;
}
fn main() { println!("{}", make(1)); }
