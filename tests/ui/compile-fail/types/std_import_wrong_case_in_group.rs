//@ compile-fail
// In a grouped std import, one name with the wrong case (`Btreemap`) is E0432 at that name.
use std::collections::{Btreemap, HashSet}; //~ ERROR E0432

fn main() {
    let s: HashSet<i32> = HashSet::new();
    let m: Btreemap<i32, i32> = Btreemap::new();
    println!("{} {}", s.len(), m.len());
}
