//@ compile-fail
// Words from a line buffer reused for every line become HashMap keys: clearing the buffer while the map holds them.
use std::collections::HashMap;

fn main() {
    let input = "a b\nb c\nc a";
    let mut counts: HashMap<&str, usize> = HashMap::new();
    let mut buf = String::new();
    for line in input.lines() {
        buf.clear(); //~ ERROR E0502
        buf.push_str(line); //~ ERROR E0502
        for w in buf.split(' ') {
            *counts.entry(w).or_insert(0) += 1;
        }
    }
    println!("{:?}", counts.len());
}
