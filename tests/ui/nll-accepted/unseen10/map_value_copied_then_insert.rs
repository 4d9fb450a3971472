// A value read with get() is copied out, then the same HashMap is inserted into inside the if-let.
use std::collections::HashMap;

fn main() {
    let mut prices: HashMap<&str, u32> = HashMap::new();
    prices.insert("apple", 120);
    for (new, base) in [("apple-pie", "apple"), ("pear-tart", "pear")] {
        if let Some(p) = prices.get(base) {
            let doubled = *p * 2;
            prices.insert(new, doubled);
        } else {
            prices.insert(base, 0);
        }
    }
    let mut keys: Vec<_> = prices.iter().collect();
    keys.sort();
    println!("{:?}", keys);
}
