//@ compile-fail
// A misspelt trait method in the impl (E0407, and E0046 for the missing one).
use std::fmt;
struct P;
impl fmt::Display for P { //~ ERROR E0046
    fn fmtt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "p") } //~ ERROR E0407
}
fn main() { println!("{}", P); }
