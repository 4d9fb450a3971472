//@ compile-fail
// A `str` behind `Rc` or `&` coerced to a trait object: only sized values unsize to `dyn Debug` (E0277 on `Sized`).
use std::fmt::Debug;
use std::rc::Rc;
fn main() {
    let s: Rc<str> = Rc::from("x");
    let d: Rc<dyn Debug> = s; //~ ERROR E0277
    println!("{:?}", d);
}
