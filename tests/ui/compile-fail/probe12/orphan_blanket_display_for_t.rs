//@ compile-fail
// `impl<T> Display for T`: an uncovered type parameter implementing a foreign trait.
use std::fmt;
trait Mine {}
impl<T: Mine> fmt::Display for T { //~ ERROR E0210
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "mine")
    }
}
fn main() {}
