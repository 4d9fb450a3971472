//@ compile-fail
// `for (k, v) in map` consumes the HashMap; asking its length afterwards uses a moved value.
use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<String, u32> = HashMap::new();
    stock.insert("nails".to_string(), 300);
    stock.insert("screws".to_string(), 120);
    let mut total = 0;
    for (_, qty) in stock {
        total += qty;
    }
    println!("{} items in {} kinds", total, stock.len()); //~ ERROR E0382
}
