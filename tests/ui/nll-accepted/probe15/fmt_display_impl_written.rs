// `{}` on a struct that implements Display.
use std::fmt;
struct P { x: i32 }
impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { write!(f, "P({})", self.x) }
}
fn main() {
    println!("{}", P { x: 1 });
}
