//@ compile-fail
// A HashMap<String, _> indexed with `&&String`: `String: Borrow<Q>` has two impls (String, str), so Q is taken from the index: `String: Borrow<&String>` fails.
use std::collections::HashMap;

fn main() {
    let mut stock: HashMap<String, u32> = HashMap::new();
    stock.insert("pen".to_string(), 3);
    let names = vec!["pen".to_string()];
    let total: u32 = names.iter().filter(|n| stock[n] > 0).count() as u32; //~ ERROR E0277
    println!("{}", total);
}
