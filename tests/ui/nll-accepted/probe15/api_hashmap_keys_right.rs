// HashMap<String, _> get/insert/entry with the right key types.
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<String, u32> = HashMap::new();
    m.insert("a".to_string(), 1);
    *m.entry("b".to_string()).or_insert(0) += 1;
    let k = String::from("a");
    println!("{:?} {:?} {}", m.get(&k), m.get("b"), m["a"]);
    let v: Option<u32> = m.get("a").copied();
    println!("{:?}", v);
}
