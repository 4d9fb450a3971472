// Anagram groups: sorted-letter keys in a HashMap<String, Vec<&str>>, groups ordered through a BTreeMap, an anagram check.
use std::collections::{BTreeMap, HashMap};

fn key(word: &str) -> String {
    let mut letters: Vec<char> = word.to_lowercase().chars().filter(|c| c.is_alphabetic()).collect();
    letters.sort_unstable();
    letters.into_iter().collect()
}

fn is_anagram(a: &str, b: &str) -> bool {
    let mut counts = [0i32; 26];
    for c in a.bytes().filter(u8::is_ascii_alphabetic) {
        counts[(c.to_ascii_lowercase() - b'a') as usize] += 1;
    }
    for c in b.bytes().filter(|c| c.is_ascii_alphabetic()) {
        counts[(c.to_ascii_lowercase() - b'a') as usize] -= 1;
    }
    counts.iter().all(|&n| n == 0)
}

fn main() {
    let words = "listen silent enlist google elgoog inlets banana tinsel Stone tones notes onset act cat tac dog";
    let mut groups: HashMap<String, Vec<&str>> = HashMap::new();
    for w in words.split(' ') {
        groups.entry(key(w)).or_insert_with(Vec::new).push(w);
    }
    let ordered: BTreeMap<&String, &Vec<&str>> = groups.iter().collect();
    for (k, ws) in &ordered {
        if ws.len() > 1 {
            println!("{:<8} {:>2} {}", k, ws.len(), ws.join(","));
        }
    }
    let loners: Vec<&str> = ordered.values().filter(|ws| ws.len() == 1).map(|ws| ws[0]).collect();
    println!("no anagram: {:?}", loners);
    let biggest = groups.values().map(|v| v.len()).max().unwrap_or(0);
    println!("largest group size: {}", biggest);
    for (a, b) in [("Dormitory", "dirty room"), ("hello", "world"), ("The eyes", "They see"), ("abc", "abcd")] {
        println!("{:>10} ~ {:<10} {}", a, b, is_anagram(a, b));
    }
}
