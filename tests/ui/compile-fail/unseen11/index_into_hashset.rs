//@ compile-fail
// A HashSet is indexed with [0] as if it were a Vec.
use std::collections::HashSet;

fn main() {
    let mut tags = HashSet::new();
    tags.insert("rust");
    tags.insert("java");
    println!("first tag: {}", tags[0]); //~ ERROR E0608
}
