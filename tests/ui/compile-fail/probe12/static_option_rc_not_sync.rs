//@ compile-fail
// A `static` of type `Option<Rc<u32>>`: `Rc` is neither `Sync` nor `Send`.
use std::rc::Rc;
static SHARED: Option<Rc<u32>> = None; //~ ERROR E0277
fn main() {
    println!("{}", SHARED.is_none());
}
