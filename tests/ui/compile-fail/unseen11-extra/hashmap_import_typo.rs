//@ compile-fail
// The import misspells HashMap with a lowercase m.
use std::collections::Hashmap; //~ ERROR E0432

fn main() {
    let mut m = Hashmap::new();
    m.insert(1, "one");
    println!("{}", m.len());
}
