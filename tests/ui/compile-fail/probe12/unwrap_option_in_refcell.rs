//@ compile-fail
// `cell.borrow_mut().unwrap()` moves the `Option` out of the `RefMut` (E0507).
use std::cell::RefCell;
fn main() {
    let cell = RefCell::new(Some(String::from("a")));
    let s = cell.borrow_mut().unwrap(); //~ ERROR E0507
    println!("{s}");
}
