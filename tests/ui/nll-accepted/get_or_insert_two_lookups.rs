// Looking up, inserting on a miss, then returning a fresh borrow.
use std::collections::HashMap;

fn get_default(map: &mut HashMap<i32, String>, key: i32) -> &mut String {
    if !map.contains_key(&key) {
        map.insert(key, String::new());
    }
    map.get_mut(&key).unwrap()
}

fn main() {
    let mut m = HashMap::new();
    get_default(&mut m, 1).push('a');
    get_default(&mut m, 1).push('b');
    println!("{}", m[&1]);
}
