// The NLL problem case 3 written with `contains_key` first.
use std::collections::HashMap;
fn get_default(m: &mut HashMap<i32, String>, k: i32) -> &String {
    if !m.contains_key(&k) {
        m.insert(k, String::new());
    }
    m.get(&k).unwrap()
}
fn main() {
    let mut m = HashMap::new();
    println!("[{}]", get_default(&mut m, 1));
}
