// The key passed to `get_mut` is only looked up: the returned `&mut` does not borrow it.
use std::collections::HashMap;
fn bump<'m>(map: &'m mut HashMap<String, Vec<u32>>, key: &str) -> &'m mut Vec<u32> {
    let list = map.get_mut(key).unwrap();
    list
}
fn main() { let mut m = HashMap::new(); m.insert("a".to_string(), vec![1]); bump(&mut m, "a").push(2); println!("{:?}", m); }
