//@ compile-fail
// A RefCell borrow guard is not a borrowck loan, but `&mut cell` while a guard lives is.
use std::cell::RefCell;
fn main() {
    let mut cell = RefCell::new(1);
    let g = cell.borrow();
    *cell.get_mut() += 1; //~ ERROR E0502
    println!("{}", g);
}
