// Exercism-style anagrams and word count: lowercase sorted-char keys, HashSet of results, a word counter in HashMap<String, u32> printed sorted
use std::collections::{HashMap, HashSet};

fn key(word: &str) -> Vec<char> {
    let mut cs: Vec<char> = word.to_lowercase().chars().collect();
    cs.sort_unstable();
    cs
}

fn anagrams_for<'a>(word: &str, candidates: &[&'a str]) -> HashSet<&'a str> {
    let lower = word.to_lowercase();
    let k = key(word);
    candidates
        .iter()
        .copied()
        .filter(|c| c.to_lowercase() != lower && key(c) == k)
        .collect()
}

fn word_count(text: &str) -> HashMap<String, u32> {
    let mut counts = HashMap::new();
    for word in text
        .split(|c: char| !c.is_alphanumeric() && c != '\'')
        .map(|w| w.trim_matches('\''))
        .filter(|w| !w.is_empty())
    {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

fn main() {
    let candidates = ["enlists", "google", "inlets", "banana", "Listen", "silent", "tinsel", "LISTEN"];
    let mut found: Vec<&str> = anagrams_for("listen", &candidates).into_iter().collect();
    found.sort();
    println!("anagrams of listen: {:?}", found);
    let none = anagrams_for("go", &["go", "Go", "GO"]);
    println!("anagrams of go: {}", none.len());

    let text = "Joe can't tell between 'large' and large. That's the password: OLLY OLLY in come free! one,two,three one";
    let counts = word_count(text);
    let mut entries: Vec<(&String, &u32)> = counts.iter().collect();
    entries.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
    for (w, n) in entries.iter().take(6) {
        println!("{w:>10}: {n}");
    }
    println!("distinct words: {}", counts.len());
    let total: u32 = counts.values().sum();
    println!("total words: {total}");

    let groups: HashMap<Vec<char>, Vec<&str>> = candidates.iter().fold(HashMap::new(), |mut m, w| {
        m.entry(key(w)).or_insert_with(Vec::new).push(*w);
        m
    });
    let mut biggest: Vec<&str> = groups.values().max_by_key(|g| g.len()).unwrap().clone();
    biggest.sort();
    println!("largest anagram group: {:?}", biggest);
}
