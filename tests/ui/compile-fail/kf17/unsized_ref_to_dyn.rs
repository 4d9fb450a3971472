//@ compile-fail
// A `&str` coerced to `&dyn Debug`: `str` is not sized, so it has no vtable of its own (E0277 on `Sized`).
use std::fmt::Debug;
fn main() {
    let s: &str = "x";
    let d: &dyn Debug = s; //~ ERROR E0277
    println!("{:?}", d);
}
