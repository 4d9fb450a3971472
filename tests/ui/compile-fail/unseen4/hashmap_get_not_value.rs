//@ compile-fail
// Using HashMap::get as if it returned the value instead of an Option<&V>.
use std::collections::HashMap;

fn main() {
    let mut stock = HashMap::new();
    stock.insert("apple", 3);
    let n: i32 = stock.get("apple"); //~ ERROR E0308
    println!("{}", n);
}
