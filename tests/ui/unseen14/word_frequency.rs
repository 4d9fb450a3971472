// A word-frequency counter: normalise words, count with a HashMap, sort by count then alphabetically
use std::collections::HashMap;

fn normalise(word: &str) -> String {
    word.chars().filter(|c| c.is_alphanumeric() || *c == '\'').flat_map(|c| c.to_lowercase()).collect()
}

fn frequencies(text: &str) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for raw in text.split_whitespace() {
        let w = normalise(raw);
        if w.is_empty() {
            continue;
        }
        *counts.entry(w).or_insert(0) += 1;
    }
    counts
}

fn top_n(counts: &HashMap<String, usize>, n: usize) -> Vec<(&str, usize)> {
    let mut pairs: Vec<(&str, usize)> = counts.iter().map(|(w, c)| (w.as_str(), *c)).collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    pairs.truncate(n);
    pairs
}

fn main() {
    let text = "The cat sat on the mat. The dog sat on the log!\n\
                A cat, a dog -- and THE bird? It's the bird's song; it's loud.";
    let counts = frequencies(text);
    println!("distinct words: {}", counts.len());
    println!("total words: {}", counts.values().sum::<usize>());
    for (word, count) in top_n(&counts, 6) {
        let bar = "#".repeat(count);
        println!("{:>6} {:<2} {}", word, count, bar);
    }
    let singles: usize = counts.values().filter(|&&c| c == 1).count();
    println!("words seen once: {}", singles);
    let longest = counts.keys().max_by_key(|w| (w.len(), w.as_str())).unwrap();
    println!("longest word: {}", longest);
    let mut by_len: Vec<(usize, usize)> = Vec::new();
    for word in counts.keys() {
        match by_len.iter_mut().find(|(len, _)| *len == word.len()) {
            Some(entry) => entry.1 += 1,
            None => by_len.push((word.len(), 1)),
        }
    }
    by_len.sort();
    println!("length histogram: {:?}", by_len);
}
