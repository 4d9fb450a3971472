// A filter predicate's captured borrow lives in the adapter, not in the items it lets through.
fn others<'a>(word: &str, candidates: &[&'a str]) -> Vec<&'a str> {
    let lower = word.to_lowercase();
    candidates.iter().filter(|c| c.to_lowercase() != lower).copied().collect()
}

fn longer_than<'a>(words: &[&'a str], min: &str) -> Option<&'a str> {
    let n = min.len();
    let limit = String::from(min);
    words.iter().copied().find(|w| w.len() > n && *w != limit)
}

fn main() {
    let words = ["apple", "Pear", "fig", "plum"];
    println!("{:?}", others("PEAR", &words));
    println!("{:?}", longer_than(&words, "pear"));
    let mut key = String::from("fig");
    let first = words.iter().find(|w| **w != key);
    key.push_str("s");
    println!("{:?} {key}", first);
    let mut seen = String::from("plum");
    let kept: Vec<&str> = words.iter().filter(|w| w.len() == seen.len()).copied().collect();
    seen.clear();
    println!("{:?} {:?}", kept, seen);
}
