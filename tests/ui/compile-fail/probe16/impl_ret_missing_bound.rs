//@ compile-fail
// impl Trait whose hidden type misses the bound (E0277).
use std::fmt::Display;
struct P;
fn make() -> impl Display { P } //~ ERROR E0277
fn main() { println!("{}", make()); }
