//@ compile-fail
// A struct's bound (`T: Display`) must hold where a value of it is built: a `Vec` cannot be displayed.
use std::fmt::Display;

struct Labeled<T: Display> {
    value: T,
}

fn main() {
    let l = Labeled { value: vec![1] }; //~ ERROR E0277
    let _ = l;
}
