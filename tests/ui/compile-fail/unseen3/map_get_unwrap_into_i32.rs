//@ compile-fail
// `get(...).unwrap()` gives `&i32`, not the `i32` the annotation asks for.
use std::collections::HashMap;

fn main() {
    let mut ages = HashMap::new();
    ages.insert("ann", 31);
    let a: i32 = ages.get("ann").unwrap(); //~ ERROR E0308
    println!("{}", a);
}
