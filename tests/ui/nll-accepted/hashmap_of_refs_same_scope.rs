// A HashMap keyed by references to Strings that outlive it.
use std::collections::HashMap;

fn main() {
    let keys = vec![String::from("a"), String::from("b")];
    let mut m: HashMap<&str, usize> = HashMap::new();
    for k in &keys {
        m.insert(k, k.len());
    }
    println!("{}", m.len());
}
