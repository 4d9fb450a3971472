//@ compile-fail
// The classic NLL problem case 3: returning a `get` result or inserting.
use std::collections::HashMap;
fn get_default(m: &mut HashMap<i32, String>, k: i32) -> &String {
    match m.get(&k) {
        Some(v) => v,
        None => {
            m.insert(k, String::new()); //~ ERROR E0502
            m.get(&k).unwrap()
        }
    }
}
fn main() {
    let mut m = HashMap::new();
    println!("{}", get_default(&mut m, 1));
}
