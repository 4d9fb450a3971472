// Look up, insert if missing, then get a &mut: the borrows end where NLL says they do.
use std::collections::HashMap;

fn bump<'m>(map: &'m mut HashMap<String, Vec<u32>>, key: &str, v: u32) -> &'m mut Vec<u32> {
    if !map.contains_key(key) {
        map.insert(key.to_string(), Vec::new());
    }
    let list = map.get_mut(key).unwrap();
    list.push(v);
    list
}

fn main() {
    let mut m = HashMap::new();
    bump(&mut m, "a", 1);
    bump(&mut m, "b", 2).push(20);
    let l = bump(&mut m, "a", 3);
    l.sort_unstable_by(|x, y| y.cmp(x));
    m.entry("c".to_string()).and_modify(|v| v.push(0)).or_insert_with(|| vec![7]);
    let mut keys: Vec<_> = m.keys().cloned().collect();
    keys.sort();
    for k in keys {
        println!("{} {:?}", k, m[&k]);
    }
}
