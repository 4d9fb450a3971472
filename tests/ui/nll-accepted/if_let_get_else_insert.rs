// `if let Some(x) = map.get(k) {..} else { map.insert(..) }`: the else branch has no live borrow.
use std::collections::HashMap;

fn lookup(cache: &mut HashMap<u32, u64>, n: u32) -> u64 {
    if let Some(v) = cache.get(&n) {
        *v
    } else {
        let v = (n as u64) * (n as u64);
        cache.insert(n, v);
        v
    }
}

fn main() {
    let mut cache = HashMap::new();
    println!("{}", lookup(&mut cache, 4));
    println!("{}", lookup(&mut cache, 4));
    println!("{}", lookup(&mut cache, 5));
    println!("{}", cache.len());
}
