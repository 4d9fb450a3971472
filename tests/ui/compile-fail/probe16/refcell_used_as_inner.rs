//@ compile-fail
// Calling a method of the inner type on a RefCell without borrowing (E0599).
use std::cell::RefCell;
fn main() {
    let c = RefCell::new(vec![1]);
    println!("{}", c.len()); //~ ERROR E0599
}
