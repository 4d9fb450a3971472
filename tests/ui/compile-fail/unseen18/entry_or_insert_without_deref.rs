//@ compile-fail
// `+= 1` on the &mut returned by or_insert, forgetting the `*`.
use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<&str, i32> = HashMap::new();
    for w in "x y x".split(' ') {
        counts.entry(w).or_insert(0) += 1; //~ ERROR E0368
    }
    println!("{:?}", counts.get("x"));
}
