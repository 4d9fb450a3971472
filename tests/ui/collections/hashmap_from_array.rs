// HashMap::from an array and equality of maps regardless of insertion order.
use std::collections::HashMap;

fn main() {
    let a = HashMap::from([("x", 1), ("y", 2), ("z", 3)]);
    let mut b = HashMap::new();
    b.insert("z", 3);
    b.insert("x", 1);
    b.insert("y", 2);
    println!("{}", a == b);
    b.insert("y", 20);
    println!("{}", a == b);
    let mut vals: Vec<i32> = b.into_values().collect();
    vals.sort_unstable();
    println!("{vals:?}");
    let doubled: HashMap<&str, i32> = a.iter().map(|(k, v)| (*k, v * 2)).collect();
    println!("{:?}", doubled.get("z"));
}
