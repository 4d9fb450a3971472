// The None arm of a match on map.get inserts into the map: the shared borrow is not live there.
use std::collections::HashMap;

fn main() {
    let mut prices: HashMap<String, u32> = HashMap::new();
    for item in ["tea", "milk", "tea", "honey"] {
        match prices.get(item) {
            Some(p) => println!("{} costs {}", item, p),
            None => {
                let p = item.len() as u32 * 3;
                prices.insert(item.to_string(), p);
                println!("priced {} at {}", item, p);
            }
        }
    }
    println!("{} prices", prices.len());
}
