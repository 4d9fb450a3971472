//@ compile-fail
// A HashMap type is written with only the key type.
use std::collections::HashMap;

fn count(words: &[&str]) -> HashMap<String> { //~ ERROR E0107
    let mut m = HashMap::new();
    for w in words {
        *m.entry(w.to_string()).or_insert(0) += 1;
    }
    m
}

fn main() {
    println!("{}", count(&["a", "b", "a"]).len());
}
