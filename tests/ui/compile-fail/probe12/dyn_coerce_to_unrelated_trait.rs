//@ compile-fail
// A `&dyn Debug` coerced to `&dyn Display`.
use std::fmt::{Debug, Display};
fn main() {
    let a: &dyn Debug = &1;
    let b: &dyn Display = a; //~ ERROR E0308
    println!("{b}");
}
