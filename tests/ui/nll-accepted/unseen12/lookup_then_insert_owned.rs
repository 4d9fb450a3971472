// A map lookup returns an owned copy, so the map can be modified right after the match.
use std::collections::HashMap;

fn price_of(cache: &mut HashMap<String, u32>, item: &str) -> u32 {
    match cache.get(item) {
        Some(p) => *p,
        None => {
            let p = item.len() as u32 * 100;
            cache.insert(item.to_string(), p);
            p
        }
    }
}

fn main() {
    let mut cache = HashMap::new();
    println!("{}", price_of(&mut cache, "tea"));
    println!("{}", price_of(&mut cache, "tea"));
    println!("{}", price_of(&mut cache, "coffee"));
    println!("{}", cache.len());
}
