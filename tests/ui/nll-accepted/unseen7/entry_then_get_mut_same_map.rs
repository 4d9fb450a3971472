// NLL with HashMap: a get() whose result is copied, then get_mut() and entry() on the same map.
use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<&str, u32> = HashMap::new();
    for item in ["pen", "ink", "pen", "pad", "pen"] {
        let current = stock.get(item).copied().unwrap_or(0);
        if current >= 2 {
            if let Some(q) = stock.get_mut(item) {
                *q *= 10;
            }
        } else {
            *stock.entry(item).or_insert(0) += 1;
        }
    }
    let mut all: Vec<_> = stock.into_iter().collect();
    all.sort();
    println!("{:?}", all);
}
