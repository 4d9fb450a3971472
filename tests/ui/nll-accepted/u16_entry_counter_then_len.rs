// Keeping the `&mut` from `entry().or_insert()` in a variable, updating it, then reading the map.
use std::collections::BTreeMap;

fn main() {
    let mut degree: BTreeMap<char, u32> = BTreeMap::new();
    for (a, b) in [('a', 'b'), ('b', 'c'), ('a', 'c'), ('c', 'd')] {
        let da = degree.entry(a).or_insert(0);
        *da += 1;
        let db = degree.entry(b).or_insert(0);
        *db += 1;
        println!("after {}-{}: {} nodes", a, b, degree.len());
    }
    println!("{:?}", degree);
}
