//@ compile-fail
// NLL problem case 3: a `get_mut` returned on one path keeps the map borrowed on the others.
use std::collections::HashMap;
fn get_or_insert<'m>(map: &'m mut HashMap<String, Vec<u32>>, key: &str) -> &'m mut Vec<u32> {
    if let Some(v) = map.get_mut(key) {
        return v;
    }
    map.insert(key.to_string(), Vec::new()); //~ ERROR E0499
    map.get_mut(key).unwrap() //~ ERROR E0499
}
fn main() {
    let mut m = HashMap::new();
    get_or_insert(&mut m, "a").push(1);
    println!("{:?}", m);
}
