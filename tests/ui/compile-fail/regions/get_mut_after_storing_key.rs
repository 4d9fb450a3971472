//@ compile-fail
// A key stored in the map must live as long as the map's borrow: the returned `get_mut` needs it.
use std::collections::HashMap;
fn bump<'m>(map: &'m mut HashMap<&'m str, Vec<u32>>, key: &str) -> &'m mut Vec<u32> {
    map.insert(key, Vec::new()); //~ ERROR E0621
    map.get_mut(key).unwrap()
}
fn main() {
    let mut m = HashMap::new();
    bump(&mut m, "a").push(1);
    println!("done");
}
