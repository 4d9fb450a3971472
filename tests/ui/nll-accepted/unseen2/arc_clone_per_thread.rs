//@ no-stats
// Each thread gets its own Arc clone, moved into its closure inside the loop.
use std::sync::Arc;
use std::thread;

fn main() {
    let words = Arc::new(vec![String::from("a"), String::from("bb"), String::from("ccc")]);
    let mut handles = Vec::new();
    for i in 0..3 {
        let words = Arc::clone(&words);
        handles.push(thread::spawn(move || words[i].len()));
    }
    let total: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
    println!("{} {}", total, words.len());
}
