//@ compile-fail
// Neither `Display` nor `Vec` belongs to this crate: the orphan rule forbids the impl.
use std::fmt;
impl fmt::Display for Vec<i32> { //~ ERROR E0117
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} items", self.len())
    }
}
fn main() {
    println!("{}", vec![1, 2]);
}
