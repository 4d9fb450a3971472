//@ compile-fail
// A reference into a HashMap value is kept while inserting.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    m.insert("a".to_string(), 1);
    let a = m.get("a").unwrap();
    m.insert("b".to_string(), 2); //~ ERROR E0502
    println!("{}", a);
}
