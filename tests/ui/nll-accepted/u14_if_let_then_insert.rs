// if let Some(x) = map.get(..) { .. } else { map.insert(..) }: the borrow does not reach the else
use std::collections::HashMap;

fn main() {
    let mut cache: HashMap<u32, String> = HashMap::new();
    for n in [3, 4, 3, 3, 5] {
        if let Some(hit) = cache.get(&n) {
            println!("hit {} -> {}", n, hit);
        } else {
            let v = "#".repeat(n as usize);
            println!("miss {}", n);
            cache.insert(n, v);
        }
    }
    println!("{}", cache.len());
}
