//@ compile-fail
// Returning a Ref from a RefCell local (E0515).
use std::cell::{RefCell, Ref};
fn get() -> Ref<'static, Vec<u32>> {
    let c = RefCell::new(vec![1]);
    c.borrow() //~ ERROR E0515
}
fn main() { println!("{}", get().len()); }
