// Cloning out of `get` before inserting.
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<i32, String> = HashMap::new();
    m.insert(1, "a".into());
    if let Some(x) = m.get(&1).cloned() {
        m.insert(2, x.clone());
        println!("{}", x);
    }
    println!("{}", m.len());
}
