//@ compile-fail
// A Display impl whose fmt returns () (E0308).
use std::fmt;
struct P;
impl fmt::Display for P {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result { //~ ERROR E0308
        write!(f, "p");
    }
}
fn main() {
    println!("{}", P);
}
