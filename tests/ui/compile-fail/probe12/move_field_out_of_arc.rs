//@ compile-fail
// Moving a tuple field out of an `Arc` (E0507).
use std::sync::Arc;
fn main() {
    let a = Arc::new((String::from("a"), 1));
    let s = a.0; //~ ERROR E0507
    println!("{s}");
}
