// `match map.get_mut(&k) { Some(v) => v.push(x), None => { map.insert(..); } }` for adjacency lists.
use std::collections::HashMap;

fn main() {
    let mut adj: HashMap<u32, Vec<u32>> = HashMap::new();
    for (a, b) in [(1, 2), (1, 3), (2, 3), (4, 1)] {
        match adj.get_mut(&a) {
            Some(list) => list.push(b),
            None => {
                adj.insert(a, vec![b]);
            }
        }
    }
    let mut keys: Vec<_> = adj.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{} -> {:?}", k, adj[&k]);
    }
}
