//@ compile-fail
// Moving tokens between two clients' buckets with two get_mut borrows of the same HashMap.
use std::collections::HashMap;

fn main() {
    let mut buckets: HashMap<String, f64> = HashMap::new();
    buckets.insert("alice".into(), 3.0);
    buckets.insert("bob".into(), 1.0);
    let a = buckets.get_mut("alice").unwrap();
    let b = buckets.get_mut("bob").unwrap(); //~ ERROR E0499
    *a -= 1.0;
    *b += 1.0;
    println!("{}", buckets.len());
}
