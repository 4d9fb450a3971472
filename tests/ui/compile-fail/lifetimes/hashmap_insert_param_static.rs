//@ compile-fail
// A HashMap of `&'static str` keys cannot store a borrowed parameter.
use std::collections::HashMap;

fn count(map: &mut HashMap<&'static str, u32>, word: &str) {
    *map.entry(word).or_insert(0) += 1; //~ ERROR E0521
}

fn main() {
    let mut m = HashMap::new();
    count(&mut m, "a");
    println!("{}", m.len());
}
