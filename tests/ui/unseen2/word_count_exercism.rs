// Exercism word count: normalise words, count them in a HashMap, print them sorted by count then word.
use std::collections::HashMap;

fn normalise(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
        .trim_matches('\'')
        .to_lowercase()
}

fn word_count(text: &str) -> HashMap<String, u32> {
    let mut counts = HashMap::new();
    for raw in text.split(|c: char| c.is_whitespace() || c == ',') {
        let word = normalise(raw);
        if word.is_empty() {
            continue;
        }
        *counts.entry(word).or_insert(0) += 1;
    }
    counts
}

fn top_words(counts: &HashMap<String, u32>, n: usize) -> Vec<(&String, &u32)> {
    let mut pairs: Vec<(&String, &u32)> = counts.iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    pairs.truncate(n);
    pairs
}

fn main() {
    let texts = [
        "One fish, two fish, red fish, blue fish.",
        "Joe can't tell between 'large' and large.",
        "  First: go; then,,, GO again!  ",
        "",
    ];
    for (i, text) in texts.iter().enumerate() {
        let counts = word_count(text);
        let total: u32 = counts.values().sum();
        println!("text {} has {} words, {} distinct", i, total, counts.len());
        for (word, count) in top_words(&counts, 3) {
            println!("  {:<8} {}", word, count);
        }
        if let Some(c) = counts.get("fish") {
            println!("  fish appears {} times", c);
        }
    }
    let all: String = texts.join(" ");
    let counts = word_count(&all);
    let mut keys: Vec<_> = counts.keys().cloned().collect();
    keys.sort();
    println!("all words: {}", keys.join(","));
    let longest = keys.iter().max_by_key(|k| k.len()).unwrap();
    println!("longest: {} ({} chars)", longest, longest.len());
}
