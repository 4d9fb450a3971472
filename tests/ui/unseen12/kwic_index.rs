// A keyword-in-context index: every significant word of some titles with its surrounding words, sorted.
fn significant(word: &str) -> bool {
    !matches!(word, "the" | "a" | "of" | "and" | "in" | "to" | "for")
}

fn kwic(titles: &[&str]) -> Vec<(String, String)> {
    let mut entries = Vec::new();
    for title in titles {
        let words: Vec<&str> = title.split_whitespace().collect();
        for (i, w) in words.iter().enumerate() {
            let key = w.to_lowercase();
            if !significant(&key) {
                continue;
            }
            let before = words[..i].join(" ");
            let after = words[i + 1..].join(" ");
            let line = format!("{:>28} [{}] {}", before, w, after);
            entries.push((key, line));
        }
    }
    entries.sort_by(|a, b| a.0.cmp(&b.0).then(a.1.cmp(&b.1)));
    entries
}

fn main() {
    let titles = [
        "The Rust Programming Language",
        "Programming in the Large",
        "A Tour of Rust",
        "The Art of Computer Programming",
    ];
    let index = kwic(&titles);
    for (_, line) in &index {
        println!("{}", line);
    }
    let mut keys: Vec<&str> = index.iter().map(|(k, _)| k.as_str()).collect();
    keys.dedup();
    println!("{} entries, {} distinct keys", index.len(), keys.len());
    let most = keys.iter().map(|k| (index.iter().filter(|(e, _)| e == k).count(), *k)).max().unwrap();
    println!("most frequent key: {} ({} times)", most.1, most.0);
}
