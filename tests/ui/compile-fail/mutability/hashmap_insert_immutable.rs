//@ compile-fail
// Inserting into a HashMap bound without `mut`.
use std::collections::HashMap;

fn main() {
    let m = HashMap::new();
    m.insert(1, 2); //~ ERROR E0596
    println!("{}", m.len());
}
