//@ compile-fail
// A function returning a bare `dyn Display` (E0746 at the return type).
use std::fmt::Display;

fn label(n: i32) -> dyn Display { //~ ERROR E0746
    n
}

fn main() {
    println!("labels");
}
