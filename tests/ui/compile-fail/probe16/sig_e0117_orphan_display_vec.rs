//@ compile-fail
// Implementing a foreign trait for a foreign type (E0117).
use std::fmt;
impl fmt::Display for Vec<u32> { //~ ERROR E0117
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "v") }
}
fn main() {}
