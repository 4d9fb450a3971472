//@ compile-fail
// Holding a value borrowed from a HashMap while inserting into it.
use std::collections::HashMap;

fn main() {
    let mut ages: HashMap<String, u32> = HashMap::new();
    ages.insert("ana".to_string(), 30);
    let ana = ages.get("ana").unwrap();
    ages.insert("bob".to_string(), *ana + 1); //~ ERROR E0502
    println!("{}", ana);
}
