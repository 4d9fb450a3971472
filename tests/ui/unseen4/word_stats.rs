// Word statistics over a text: HashMap counting with entry, sorted output, longest words.
use std::collections::HashMap;

fn normalise(word: &str) -> String {
    word.chars()
        .filter(|c| c.is_alphanumeric() || *c == '\'')
        .flat_map(|c| c.to_lowercase())
        .collect()
}

fn main() {
    let text = "The quick brown fox jumps over the lazy dog. The dog sleeps; \
                the fox doesn't. Quick, quick!";
    let mut counts: HashMap<String, usize> = HashMap::new();
    let mut order: Vec<String> = Vec::new();
    for raw in text.split_whitespace() {
        let w = normalise(raw);
        if w.is_empty() {
            continue;
        }
        let c = counts.entry(w.clone()).or_insert(0);
        if *c == 0 {
            order.push(w);
        }
        *c += 1;
    }
    println!("distinct words: {}", counts.len());
    println!("first seen order: {}", order.join(" "));

    let mut pairs: Vec<(&String, &usize)> = counts.iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (word, n) in pairs.iter().take(4) {
        println!("{:>8} {}", word, "*".repeat(**n));
    }

    let longest = order.iter().max_by_key(|w| w.len()).unwrap();
    println!("longest: {} ({} chars)", longest, longest.len());

    let total: usize = counts.values().sum();
    let avg = order.iter().map(|w| w.len()).sum::<usize>() as f64 / order.len() as f64;
    println!("total words: {total}, average distinct length: {avg:.3}");

    let mut by_len: HashMap<usize, Vec<&str>> = HashMap::new();
    for w in &order {
        by_len.entry(w.len()).or_default().push(w);
    }
    let mut lens: Vec<_> = by_len.keys().copied().collect();
    lens.sort();
    for l in lens {
        println!("{l}: {:?}", by_len[&l]);
    }
}
