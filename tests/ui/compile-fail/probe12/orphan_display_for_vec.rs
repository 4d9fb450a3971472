//@ compile-fail
// `impl Display for Vec<u32>`: neither the trait nor the type is local.
use std::fmt;
impl fmt::Display for Vec<u32> { //~ ERROR E0117
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.len())
    }
}
fn main() {}
