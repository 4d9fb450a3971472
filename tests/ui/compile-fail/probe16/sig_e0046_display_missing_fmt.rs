//@ compile-fail
// An impl of Display without fmt (E0046).
use std::fmt;
struct P;
impl fmt::Display for P {} //~ ERROR E0046
fn main() { println!("{}", P); }
