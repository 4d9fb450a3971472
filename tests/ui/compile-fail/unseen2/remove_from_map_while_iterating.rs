//@ compile-fail
// Removing entries from a HashMap while a `for` loop iterates over it.
use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<String, u32> = HashMap::new();
    stock.insert(String::from("apple"), 0);
    stock.insert(String::from("pear"), 3);
    for (name, qty) in &stock {
        if *qty == 0 {
            stock.remove(name); //~ ERROR E0502
        }
    }
    println!("{}", stock.len());
}
