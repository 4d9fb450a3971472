// A word-statistics program: lowercase, trim punctuation, count with HashMap, sort by count then word.
use std::collections::HashMap;

fn main() {
    let text = "It was the best of times, it was the worst of times; it was the age of wisdom. \
                It was the age of foolishness!";
    let mut counts: HashMap<String, usize> = HashMap::new();
    for raw in text.split_whitespace() {
        let word = raw.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
        if word.is_empty() {
            continue;
        }
        *counts.entry(word).or_insert(0) += 1;
    }
    let mut ranked: Vec<(&String, &usize)> = counts.iter().collect();
    ranked.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (w, c) in ranked.iter().take(5) {
        println!("{:<8} {:>2} {}", w, c, "*".repeat(**c));
    }
    let longest = counts.keys().max_by_key(|w| (w.len(), std::cmp::Reverse((*w).clone()))).unwrap();
    println!("longest: {}", longest);
    let total: usize = counts.values().sum();
    println!("{} words, {} distinct", total, counts.len());
    let letters = text.chars().filter(|c| c.is_alphabetic()).count();
    println!("avg letters/word {:.2}", letters as f64 / total as f64);
    let sentences: Vec<&str> = text.split_terminator(['.', '!', ';']).map(str::trim).filter(|s| !s.is_empty()).collect();
    println!("{} sentences; first: {:?}", sentences.len(), sentences[0]);
    let caps: Vec<&str> = text.split_whitespace().filter(|w| w.starts_with(char::is_uppercase)).collect();
    println!("{:?}", caps);
    let acronym: String = "portable network graphics".split(' ').filter_map(|w| w.chars().next()).map(|c| c.to_ascii_uppercase()).collect();
    println!("{}", acronym);
    let is_pal = |s: &str| {
        let clean: Vec<char> = s.chars().filter(|c| c.is_alphanumeric()).map(|c| c.to_ascii_lowercase()).collect();
        clean.iter().eq(clean.iter().rev())
    };
    println!("{} {}", is_pal("A man, a plan, a canal: Panama"), is_pal("rust"));
    let mut a: Vec<char> = "listen".chars().collect();
    let mut b: Vec<char> = "silent".chars().collect();
    a.sort_unstable();
    b.sort_unstable();
    println!("anagram {}", a == b);
}
