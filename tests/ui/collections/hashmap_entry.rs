// The entry API: or_insert, or_insert_with, and_modify, or_default.
use std::collections::HashMap;

fn main() {
    let mut m: HashMap<&str, i32> = HashMap::new();
    m.entry("a").or_insert(1);
    m.entry("a").or_insert(100);
    *m.entry("b").or_insert(0) += 5;
    m.entry("a").and_modify(|v| *v *= 10).or_insert(7);
    m.entry("c").and_modify(|v| *v *= 10).or_insert(7);
    *m.entry("d").or_default() += 2;
    let mut keys: Vec<_> = m.keys().collect();
    keys.sort();
    for k in keys {
        println!("{k} = {}", m[k]);
    }
    let mut lists: HashMap<u32, Vec<&str>> = HashMap::new();
    for w in ["a", "bb", "cc", "d", "eee"] {
        lists.entry(w.len() as u32).or_insert_with(Vec::new).push(w);
    }
    println!("{:?} {:?} {:?}", lists.get(&1), lists.get(&2), lists.get(&3));
}
