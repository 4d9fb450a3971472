// Text statistics: word counts, longest word, letter frequencies sorted, and line lengths.
use std::collections::HashMap;

fn main() {
    let text = "It was the best of times, it was the worst of times,\n\
                it was the age of wisdom, it was the age of foolishness";
    let words: Vec<String> = text
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .map(|w| w.to_lowercase())
        .collect();
    println!("words: {}", words.len());
    let mut freq: HashMap<&str, usize> = HashMap::new();
    for w in &words {
        *freq.entry(w.as_str()).or_default() += 1;
    }
    let mut top: Vec<(&str, usize)> = freq.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then_with(|| a.0.cmp(b.0)));
    for (w, n) in &top[..4] {
        println!("{:<8}{}", w, n);
    }
    let longest = words.iter().max_by_key(|w| w.len()).unwrap();
    println!("longest: {} ({} letters)", longest, longest.len());
    let mut letters = [0u32; 26];
    for c in text.chars().filter(|c| c.is_ascii_alphabetic()) {
        letters[(c.to_ascii_lowercase() as u8 - b'a') as usize] += 1;
    }
    let mut ranked: Vec<(char, u32)> = letters
        .iter()
        .enumerate()
        .filter(|(_, n)| **n > 0)
        .map(|(i, n)| ((b'a' + i as u8) as char, *n))
        .collect();
    ranked.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    let shown: Vec<String> = ranked.iter().take(6).map(|(c, n)| format!("{}={}", c, n)).collect();
    println!("{}", shown.join(", "));
    for (i, line) in text.lines().enumerate() {
        println!("line {}: {} chars, {} commas", i + 1, line.chars().count(), line.matches(',').count());
    }
}
