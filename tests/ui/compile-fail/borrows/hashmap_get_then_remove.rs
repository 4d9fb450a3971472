//@ compile-fail
// Removing from a map while a value obtained with `get` is still used.
use std::collections::HashMap;

fn main() {
    let mut m = HashMap::new();
    m.insert("a", String::from("x"));
    if let Some(v) = m.get("a") {
        m.remove("a"); //~ ERROR E0502
        println!("{}", v);
    }
}
