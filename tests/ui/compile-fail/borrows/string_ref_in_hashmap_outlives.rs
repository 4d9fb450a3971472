//@ compile-fail
// A HashMap stores references to Strings dropped at the end of a loop iteration.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&str, usize> = HashMap::new();
    for i in 0..2 {
        let key = format!("k{}", i);
        m.insert(&key, i); //~ ERROR E0597
    }
    println!("{}", m.len());
}
