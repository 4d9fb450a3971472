//@ compile-fail
// Display::fmt with a Formatter taken by shared reference (E0053).
use std::fmt;
struct P;
impl fmt::Display for P {
    fn fmt(&self, f: &fmt::Formatter) -> fmt::Result { Ok(()) } //~ ERROR E0053
}
fn main() { println!("{}", P); }
