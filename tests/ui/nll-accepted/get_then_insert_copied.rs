// Copying the value out of `get` ends the borrow, so `insert` may follow.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<String, i32> = HashMap::new();
    m.insert(String::from("a"), 1);
    let a = *m.get("a").unwrap();
    m.insert(String::from("b"), a + 1);
    let b = m.get("b").copied().unwrap_or(0);
    m.insert(String::from("c"), b * 10);
    println!("{} {} {}", m["a"], m["b"], m["c"]);
    println!("{}", m.len());
}
