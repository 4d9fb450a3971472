//@ compile-fail
// A map keyed by `&str` borrowing a String that dies at the end of each iteration.
use std::collections::HashMap;

fn main() {
    let mut index: HashMap<&str, usize> = HashMap::new();
    for line in ["a b", "c"] {
        let owned = line.to_uppercase();
        index.insert(&owned, owned.len()); //~ ERROR E0597
    }
    println!("{}", index.len());
}
