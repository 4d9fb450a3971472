// Python's collections.Counter by hand: a HashMap<String, usize>, most_common sorted by count then word, and a histogram.
use std::collections::HashMap;

struct Counter {
    counts: HashMap<String, usize>,
    total: usize,
}

impl Counter {
    fn new() -> Counter {
        Counter { counts: HashMap::new(), total: 0 }
    }

    fn update(&mut self, text: &str) {
        for raw in text.split_whitespace() {
            let word: String = raw.chars().filter(|c| c.is_alphabetic() || *c == '\'').collect::<String>().to_lowercase();
            if word.is_empty() {
                continue;
            }
            *self.counts.entry(word).or_insert(0) += 1;
            self.total += 1;
        }
    }

    fn get(&self, word: &str) -> usize {
        self.counts.get(word).copied().unwrap_or(0)
    }

    fn most_common(&self, n: usize) -> Vec<(&String, &usize)> {
        let mut pairs: Vec<(&String, &usize)> = self.counts.iter().collect();
        pairs.sort_by(|a, b| b.1.cmp(a.1).then_with(|| a.0.cmp(b.0)));
        pairs.truncate(n);
        pairs
    }

    fn words_with_count(&self, count: usize) -> Vec<String> {
        let mut words: Vec<String> = self.counts.iter().filter(|(_, c)| **c == count).map(|(w, _)| w.clone()).collect();
        words.sort();
        words
    }
}

fn main() {
    let mut counter = Counter::new();
    counter.update("It was the best of times, it was the worst of times,");
    counter.update("it was the age of wisdom, it was the age of foolishness...");
    counter.update("Don't panic! Don't.");

    println!("total words: {}, distinct: {}", counter.total, counter.counts.len());
    for (word, count) in counter.most_common(5) {
        let bar = "#".repeat(*count);
        println!("{:>8} {:>2} {}", word, count, bar);
    }
    println!("'times': {}, 'dragon': {}", counter.get("times"), counter.get("dragon"));
    println!("seen once: {:?}", counter.words_with_count(1));
    println!("seen twice: {}", counter.words_with_count(2).join(", "));
    let mut lengths: Vec<usize> = counter.counts.keys().map(|w| w.len()).collect();
    lengths.sort_unstable();
    lengths.dedup();
    println!("word lengths: {:?}", lengths);
}
