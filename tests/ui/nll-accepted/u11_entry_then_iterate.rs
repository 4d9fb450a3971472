// The &mut from entry().or_insert is last used before the map is iterated.
use std::collections::BTreeMap;

fn main() {
    let mut groups: BTreeMap<usize, Vec<&str>> = BTreeMap::new();
    for w in ["ox", "cat", "emu", "yak", "lion"] {
        let slot = groups.entry(w.len()).or_insert_with(Vec::new);
        slot.push(w);
        if slot.len() > 2 {
            slot.remove(0);
        }
    }
    for (len, words) in &groups {
        println!("{} {:?}", len, words);
    }
    groups.retain(|_, v| v.len() > 1);
    println!("{}", groups.len());
}
