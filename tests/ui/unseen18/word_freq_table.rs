// Word frequency table: HashMap<&str, usize> keyed by slices of the text, sorted by count then word, padded columns.
use std::collections::HashMap;

const TEXT: &str = "the quick brown fox jumps over the lazy dog
The dog barks and the fox runs
a quick fox is a happy fox";

fn normalize(word: &str) -> String {
    word.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase()
}

fn count_raw(text: &str) -> HashMap<&str, usize> {
    let mut counts = HashMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word).or_insert(0) += 1;
    }
    counts
}

fn count_normalized(text: &str) -> HashMap<String, usize> {
    let mut counts: HashMap<String, usize> = HashMap::new();
    for word in text.split_whitespace() {
        let w = normalize(word);
        if w.is_empty() {
            continue;
        }
        let entry = counts.entry(w).or_insert(0);
        *entry += 1;
    }
    counts
}

fn main() {
    let raw = count_raw(TEXT);
    let mut raw_sorted: Vec<(&&str, &usize)> = raw.iter().collect();
    raw_sorted.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("raw words: {} distinct", raw.len());
    for (word, count) in raw_sorted.iter().take(5) {
        println!("{:<10}|{:>4}", word, count);
    }

    let norm = count_normalized(TEXT);
    let mut entries: Vec<(String, usize)> = norm.into_iter().collect();
    entries.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(&b.0)));
    let total: usize = entries.iter().map(|(_, c)| c).sum();
    println!("normalized: {} distinct, {} total", entries.len(), total);
    println!("{:<8} {:>5} {:>7}", "word", "count", "share");
    for (word, count) in &entries {
        let share = *count as f64 * 100.0 / total as f64;
        println!("{:<8} {:>5} {:>6.2}%", word, count, share);
    }
    let longest = entries.iter().map(|(w, _)| w.len()).max().unwrap_or(0);
    let singles: Vec<&str> = entries
        .iter()
        .filter(|(_, c)| *c == 1)
        .map(|(w, _)| w.as_str())
        .collect();
    println!("longest word length: {}", longest);
    println!("hapax legomena: {}", singles.join(", "));
}
