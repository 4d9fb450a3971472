//@ compile-fail
// Two non-auto traits in one dyn type (E0225).
use std::fmt::{Debug, Display};
fn main() {
    let b: Box<dyn Display + Debug> = Box::new(3); //~ ERROR E0225
    println!("{}", b);
}
