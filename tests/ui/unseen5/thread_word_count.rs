// Counts words of several texts in worker threads sharing an Arc<Mutex<HashMap>>.
//@ no-stats
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let texts = vec![
        "the cat sat on the mat",
        "the dog ate the cat food",
        "a cat and a dog",
        "on and on and on",
    ];
    let counts: Arc<Mutex<HashMap<String, u32>>> = Arc::new(Mutex::new(HashMap::new()));
    let mut handles = Vec::new();
    for text in texts {
        let counts = Arc::clone(&counts);
        handles.push(thread::spawn(move || {
            let mut local = 0;
            for w in text.split_whitespace() {
                let mut map = counts.lock().unwrap();
                *map.entry(w.to_string()).or_insert(0) += 1;
                local += 1;
            }
            local
        }));
    }
    let total: u32 = handles.into_iter().map(|h| h.join().unwrap()).sum();
    let map = counts.lock().unwrap();
    let mut pairs: Vec<(&String, &u32)> = map.iter().collect();
    pairs.sort_by(|a, b| b.1.cmp(a.1).then(a.0.cmp(b.0)));
    println!("{} words, {} distinct", total, pairs.len());
    for (w, c) in pairs.iter().take(5) {
        println!("{:>5} {}", w, c);
    }
}
