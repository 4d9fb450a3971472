// `get_mut` in a match whose None arm inserts: the Some borrow does not reach the other arm.
use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<String, u32> = HashMap::new();
    for w in ["a", "b", "a", "a"] {
        match counts.get_mut(w) {
            Some(c) => *c += 1,
            None => {
                counts.insert(w.to_string(), 1);
            }
        }
    }
    println!("a={} b={}", counts["a"], counts["b"]);
}
