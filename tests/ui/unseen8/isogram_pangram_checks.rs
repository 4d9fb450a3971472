// Word puzzles: isograms, pangrams, heterograms and letter sets with HashSet, all/any and char methods.
use std::collections::HashSet;

fn is_isogram(word: &str) -> bool {
    let mut seen = HashSet::new();
    word.chars().filter(|c| c.is_alphabetic()).map(|c| c.to_ascii_lowercase()).all(|c| seen.insert(c))
}

fn missing_letters(sentence: &str) -> Vec<char> {
    let present: HashSet<char> = sentence.chars().filter(char::is_ascii_alphabetic).map(|c| c.to_ascii_lowercase()).collect();
    ('a'..='z').filter(|c| !present.contains(c)).collect()
}

fn shared_letters(a: &str, b: &str) -> Vec<char> {
    let sa: HashSet<char> = a.to_lowercase().chars().collect();
    let sb: HashSet<char> = b.to_lowercase().chars().collect();
    let mut common: Vec<char> = sa.intersection(&sb).copied().filter(|c| c.is_alphabetic()).collect();
    common.sort();
    common
}

fn main() {
    for w in ["lumberjacks", "background", "isograms", "six-year-old", "Alphabet", ""] {
        println!("{:<14} isogram: {}", format!("{:?}", w), is_isogram(w));
    }
    let sentences = [
        "The quick brown fox jumps over the lazy dog",
        "Pack my box with five dozen liquor jugs",
        "Hello, world!",
    ];
    for s in sentences {
        let m = missing_letters(s);
        if m.is_empty() {
            println!("pangram: {}", s);
        } else {
            println!("missing {}: {}", m.len(), m.iter().collect::<String>());
        }
    }
    println!("shared: {:?}", shared_letters("Rustacean", "Crustacean"));
    println!("shared: {:?}", shared_letters("sky", "moon"));
    let words = ["stone", "notes", "onset", "tones", "piano"];
    let letters: Vec<HashSet<char>> = words.iter().map(|w| w.chars().collect()).collect();
    let same_set = letters.windows(2).take(3).all(|p| p[0] == p[1]);
    println!("first four share letters: {}", same_set);
    let union: HashSet<char> = letters.iter().flat_map(|s| s.iter().copied()).collect();
    let mut u: Vec<char> = union.into_iter().collect();
    u.sort_unstable();
    println!("union: {}", u.into_iter().collect::<String>());
    let vowels_only = words.iter().any(|w| w.chars().all(|c| "aeiou".contains(c)));
    let has_upper = sentences.iter().filter(|s| s.chars().any(char::is_uppercase)).count();
    println!("vowel-only word: {}, sentences with capitals: {}", vowels_only, has_upper);
}
