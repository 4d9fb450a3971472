// if let Some on get_mut increments, else branch inserts into the same map.
use std::collections::HashMap;

fn main() {
    let mut counts: HashMap<&str, u32> = HashMap::new();
    for w in "a rose is a rose is a rose".split(' ') {
        if let Some(c) = counts.get_mut(w) {
            *c += 1;
        } else {
            counts.insert(w, 1);
        }
    }
    let mut v: Vec<_> = counts.into_iter().collect();
    v.sort();
    println!("{:?}", v);
}
