//@ compile-fail
// `struct Shown<T: Display>` built with a `Vec<u32>`.
use std::fmt::Display;
struct Shown<T: Display>(T);
fn main() {
    let s = Shown(vec![1u32]); //~ ERROR E0277
//~^ ERROR E0277
    let _ = &s;
}
