// retain's closure borrows a second collection while the first one is mutated.
use std::collections::HashSet;

fn main() {
    let mut words = vec!["apple".to_string(), "kiwi".to_string(), "plum".to_string(), "fig".to_string()];
    let banned: HashSet<&str> = ["kiwi", "fig"].into_iter().collect();
    words.retain(|w| !banned.contains(w.as_str()));
    words.push("pear".to_string());
    println!("{:?} (banned {})", words, banned.len());
}
