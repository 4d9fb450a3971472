//@ compile-fail
// `let v = *cell.borrow();` moves out of a `Ref` (E0507).
use std::cell::RefCell;
fn main() {
    let cell = RefCell::new(vec![1]);
    let v = *cell.borrow(); //~ ERROR E0507
    println!("{}", v.len());
}
