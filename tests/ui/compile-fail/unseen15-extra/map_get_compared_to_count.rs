//@ compile-fail
// the Option<&u32> from HashMap::get compared with an integer
use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<char, u32> = HashMap::new();
    for c in "hello".chars() {
        *counts.entry(c).or_insert(0) += 1;
    }
    if counts.get(&'l') > 1 { //~ ERROR E0308
        println!("double l");
    }
}
