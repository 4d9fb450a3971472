// A `get_mut` result's last use precedes the `insert`.
use std::collections::HashMap;
fn main() {
    let mut m: HashMap<&str, i32> = HashMap::new();
    m.insert("a", 1);
    let a = m.get_mut("a").unwrap();
    *a += 1;
    m.insert("b", 2);
    println!("{}", m.len());
}
