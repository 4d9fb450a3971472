// Worker threads compute Adler-32 checksums of documents and send (index, sum) back over an mpsc channel.
//@ no-stats
use std::sync::mpsc;
use std::thread;

fn adler32(data: &[u8]) -> u32 {
    let mut a: u32 = 1;
    let mut b: u32 = 0;
    for &byte in data {
        a = (a + byte as u32) % 65521;
        b = (b + a) % 65521;
    }
    (b << 16) | a
}

fn main() {
    let docs: Vec<String> = vec![
        "Wikipedia".to_string(),
        "hello world".to_string(),
        String::new(),
        "the quick brown fox jumps over the lazy dog".repeat(3),
        "rust".to_string(),
    ];
    let (tx, rx) = mpsc::channel();
    let mut handles = Vec::new();
    for (worker, chunk) in docs.chunks(2).enumerate() {
        let tx = tx.clone();
        let owned: Vec<String> = chunk.to_vec();
        let base = worker * 2;
        handles.push(thread::spawn(move || {
            for (k, doc) in owned.iter().enumerate() {
                tx.send((base + k, adler32(doc.as_bytes()), worker)).unwrap();
            }
            owned.len()
        }));
    }
    drop(tx);
    let mut results: Vec<(usize, u32, usize)> = rx.iter().collect();
    let handled: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
    results.sort();
    for (i, sum, worker) in &results {
        println!("doc {} ({:>3} bytes) by worker {}: {:08x}", i, docs[*i].len(), worker, sum);
    }
    println!("{} documents checksummed", handled);
}
