// Collections: HashMap of team scores — insert/overwrite, entry API, or_insert_with, iteration sorted, BTreeMap.
use std::collections::{BTreeMap, HashMap};

fn main() {
    let mut scores = HashMap::new();
    scores.insert(String::from("Blue"), 10);
    scores.insert(String::from("Yellow"), 50);
    let team_name = String::from("Blue");
    let score = scores.get(&team_name).copied().unwrap_or(0);
    println!("Blue: {score}");
    scores.insert(String::from("Blue"), 25);
    scores.entry(String::from("Yellow")).or_insert(99);
    scores.entry(String::from("Red")).or_insert(7);
    let old = scores.insert(String::from("Red"), 8);
    println!("old red {:?}", old);
    let mut keys: Vec<_> = scores.iter().collect();
    keys.sort();
    println!("{:?}", keys);
    let text = "hello world wonderful world";
    let mut map = HashMap::new();
    for word in text.split_whitespace() {
        let count = map.entry(word).or_insert(0);
        *count += 1;
    }
    let mut counts: Vec<(&str, i32)> = map.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    println!("{:?}", counts);
    let field_name = String::from("Favorite color");
    let field_value = String::from("Blue");
    let mut m2 = HashMap::new();
    m2.insert(field_name, field_value);
    println!("{}", m2.len());
    let mut tree = BTreeMap::new();
    for (i, w) in ["pear", "fig", "apple", "kiwi"].iter().enumerate() {
        tree.insert(*w, i);
    }
    println!("{:?}", tree);
    for (k, v) in &tree {
        print!("{k}={v} ");
    }
    println!();
    println!("first {:?} last {:?}", tree.iter().next(), tree.iter().next_back());
    let lens: HashMap<usize, Vec<&str>> = ["a", "bb", "cc", "d", "eee"].iter().fold(HashMap::new(), |mut acc, w| {
        acc.entry(w.len()).or_insert_with(Vec::new).push(*w);
        acc
    });
    let mut ks: Vec<_> = lens.keys().collect();
    ks.sort_unstable();
    for k in ks {
        println!("{k}: {:?}", lens[k]);
    }
}
