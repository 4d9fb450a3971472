//@ compile-fail
// `&c.borrow()` returned as `&'a Vec<u32>` (E0515).
use std::cell::RefCell;
fn inner<'a>(c: &'a RefCell<Vec<u32>>) -> &'a Vec<u32> {
    &c.borrow() //~ ERROR E0515
}
fn main() {
    let c = RefCell::new(vec![1]);
    println!("{}", inner(&c).len());
}
