//@ compile-fail
// Inserting a key with an anonymous lifetime into a map of `&'a str` keys.
use std::collections::HashMap;

fn count<'a>(map: &mut HashMap<&'a str, u32>, word: &str) {
    map.insert(word, 1); //~ ERROR E0621
}

fn main() {
    let mut m = HashMap::new();
    count(&mut m, "a");
    println!("{}", m.len());
}
