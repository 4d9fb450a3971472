// A word counter with `if let Some(n) = map.get_mut(w) { .. } else { map.insert(..) }`: the else branch holds no borrow.
use std::collections::HashMap;

fn main() {
    let text = "to be or not to be";
    let mut counts: HashMap<String, u32> = HashMap::new();
    for w in text.split(' ') {
        if let Some(n) = counts.get_mut(w) {
            *n += 1;
        } else {
            counts.insert(w.to_string(), 1);
        }
    }
    let mut pairs: Vec<(String, u32)> = counts.into_iter().collect();
    pairs.sort();
    println!("{:?}", pairs);
}
