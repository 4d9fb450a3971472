// The entry API returns &mut V, modified and then released before the map is read again.
use std::collections::HashMap;

fn main() {
    let mut tally: HashMap<char, Vec<usize>> = HashMap::new();
    for (i, c) in "banana".chars().enumerate() {
        let slots = tally.entry(c).or_insert_with(Vec::new);
        slots.push(i);
        if slots.len() > 2 {
            slots.remove(0);
        }
    }
    let mut keys: Vec<_> = tally.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{} {:?}", k, tally[&k]);
    }
}
