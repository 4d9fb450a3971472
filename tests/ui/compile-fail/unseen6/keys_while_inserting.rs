//@ compile-fail
// Inserting into a HashMap while iterating over its keys.
use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<String, u32> = HashMap::new();
    stock.insert(String::from("apple"), 3);
    stock.insert(String::from("pear"), 0);
    for name in stock.keys() {
        if name.starts_with('a') {
            stock.insert(format!("{}-bulk", name), 10); //~ ERROR E0502
        }
    }
    println!("{}", stock.len());
}
