// Two-phase borrows: the map's length is read while the insert reserves it.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<usize, usize> = HashMap::new();
    m.insert(m.len(), 1);
    m.insert(m.len(), 2);
    let mut v = vec![1];
    v.push(v[0] + v.len());
    println!("{} {:?}", m.len(), v);
}
