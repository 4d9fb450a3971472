// Mixed: text processing — word frequencies in a HashMap, sorted by count then word, top N.
use std::collections::HashMap;

fn normalize(w: &str) -> String {
    w.chars().filter(|c| c.is_alphanumeric()).collect::<String>().to_lowercase()
}

fn main() {
    let text = "The quick brown fox jumps over the lazy dog. The dog barks; the fox runs!
A quick fox is a happy fox.";
    let mut freq: HashMap<String, u32> = HashMap::new();
    for word in text.split_whitespace() {
        let w = normalize(word);
        if w.is_empty() {
            continue;
        }
        *freq.entry(w).or_insert(0) += 1;
    }
    let mut pairs: Vec<(&String, &u32)> = freq.iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    for (w, c) in pairs.iter().take(5) {
        println!("{w:>6}: {}", "*".repeat(**c as usize));
    }
    println!("distinct words: {}", freq.len());
    let longest = freq.keys().max_by(|a, b| a.len().cmp(&b.len()).then(b.cmp(a))).unwrap();
    println!("longest: {longest}");
    let lines: Vec<&str> = text.lines().collect();
    println!("{} lines, first has {} words", lines.len(), lines[0].split_whitespace().count());
    let caps = text.chars().filter(|c| c.is_uppercase()).count();
    let vowels = text.chars().filter(|c| "aeiouAEIOU".contains(*c)).count();
    println!("caps {caps} vowels {vowels}");
    let mut letters = [0usize; 26];
    for b in text.bytes() {
        if b.is_ascii_alphabetic() {
            letters[(b.to_ascii_lowercase() - b'a') as usize] += 1;
        }
    }
    let top: Vec<String> = letters
        .iter()
        .enumerate()
        .filter(|&(_, &n)| n >= 6)
        .map(|(i, n)| format!("{}={}", (b'a' + i as u8) as char, n))
        .collect();
    println!("{}", top.join(" "));
}
