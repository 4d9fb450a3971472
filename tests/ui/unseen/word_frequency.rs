// Chapter 8: counting words with HashMap entry, then sorting the counts for display.
use std::collections::HashMap;

fn main() {
    let text = "the quick brown fox jumps over the lazy dog the fox";
    let mut map = HashMap::new();
    for word in text.split_whitespace() {
        let count = map.entry(word).or_insert(0);
        *count += 1;
    }
    let mut pairs: Vec<(&str, i32)> = map.iter().map(|(k, v)| (*k, *v)).collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    for (w, c) in pairs.iter().take(4) {
        println!("{w:>6}: {c}");
    }
    let mut scores = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.insert(String::from("Yellow"), 50);
    scores.insert(String::from("Blue"), 25);
    scores.entry(String::from("Red")).or_insert(5);
    scores.entry(String::from("Blue")).or_insert(99);
    let team_name = String::from("Blue");
    let score = scores.get(&team_name).copied().unwrap_or(0);
    println!("Blue: {score}");
    if let Some(s) = scores.get_mut("Yellow") {
        *s += 1;
    }
    let mut names: Vec<_> = scores.keys().cloned().collect();
    names.sort();
    for n in &names {
        println!("{n} -> {}", scores[n]);
    }
    let removed = scores.remove("Red");
    println!("{:?} {}", removed, scores.len());
    let total: i32 = scores.values().sum();
    println!("total {total}");
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    println!("letters {letters}");
}
