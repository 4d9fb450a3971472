//@ compile-fail
// `impl<T> Display for W<T>` writes `self.0` with `{}` without `T: Display`.
use std::fmt;
struct W<T>(T);
impl<T> fmt::Display for W<T> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "[{}]", self.0) //~ ERROR E0277
    }
}
fn main() {
    println!("{}", W(1));
}
