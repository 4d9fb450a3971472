// The get-or-insert shape written with contains_key/insert/get_mut: each borrow ends in its statement.
use std::collections::HashMap;

fn add(groups: &mut HashMap<char, Vec<String>>, word: &str) {
    let key = word.chars().next().unwrap();
    if !groups.contains_key(&key) {
        groups.insert(key, Vec::new());
    }
    groups.get_mut(&key).unwrap().push(word.to_string());
}

fn main() {
    let mut groups = HashMap::new();
    for w in ["apple", "avocado", "banana", "blueberry", "cherry"] {
        add(&mut groups, w);
    }
    let mut keys: Vec<&char> = groups.keys().collect();
    keys.sort();
    for k in keys {
        println!("{} {:?}", k, groups[k]);
    }
}
