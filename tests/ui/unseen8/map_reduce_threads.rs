// Word-length map/reduce: worker threads get owned chunks, send partial histograms through mpsc, main merges them.
//@ no-stats
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::thread;

fn histogram(words: &[String]) -> [u32; 8] {
    let mut h = [0u32; 8];
    for w in words {
        let len = w.chars().count().min(8);
        if len > 0 {
            h[len - 1] += 1;
        }
    }
    h
}

fn main() {
    let text = "the quick brown fox jumps over the lazy dog while seven extraordinary \
                kangaroos quietly contemplate philosophical questions about breakfast";
    let words: Vec<String> = text.split_whitespace().map(String::from).collect();
    let chunk = (words.len() + 2) / 3;
    let (tx, rx) = mpsc::channel::<(usize, [u32; 8])>();
    let longest = Arc::new(Mutex::new(String::new()));
    let mut handles = Vec::new();
    for (id, part) in words.chunks(chunk).enumerate() {
        let part: Vec<String> = part.to_vec();
        let tx = tx.clone();
        let longest = Arc::clone(&longest);
        handles.push(thread::spawn(move || {
            let h = histogram(&part);
            if let Some(w) = part.iter().max_by_key(|w| w.len()) {
                let mut best = longest.lock().unwrap();
                if w.len() > best.len() || (w.len() == best.len() && *w < *best) {
                    *best = w.clone();
                }
            }
            tx.send((id, h)).unwrap();
            part.len()
        }));
    }
    drop(tx);
    let mut total = [0u32; 8];
    let mut parts = Vec::new();
    for (id, h) in rx {
        parts.push(id);
        for (t, x) in total.iter_mut().zip(h.iter()) {
            *t += x;
        }
    }
    let counted: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
    parts.sort();
    println!("chunks {:?}, words {}", parts, counted);
    for (i, n) in total.iter().enumerate() {
        let label = if i == 7 { "8+".to_string() } else { (i + 1).to_string() };
        println!("{:>2} | {:<6} {}", label, "*".repeat(*n as usize), n);
    }
    println!("longest word: {}", longest.lock().unwrap());
    println!("strong count at end: {}", Arc::strong_count(&longest));
}
