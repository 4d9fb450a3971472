// Fan-in over an mpsc channel: several workers send tagged results, the receiver aggregates after all hang up.
//@ no-stats
use std::collections::BTreeMap;
use std::sync::mpsc;
use std::thread;

#[derive(Debug)]
enum Msg {
    Found { worker: usize, word: String },
    Done { worker: usize, scanned: usize },
}

fn main() {
    let shards = vec![
        vec!["apple", "banana", "avocado", "cherry"],
        vec!["apricot", "blueberry"],
        vec!["almond", "acorn", "beet", "artichoke", "corn"],
    ];
    let (tx, rx) = mpsc::channel();
    let mut handles = Vec::new();
    for (id, shard) in shards.into_iter().enumerate() {
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            for w in &shard {
                if w.starts_with('a') {
                    tx.send(Msg::Found { worker: id, word: w.to_uppercase() }).unwrap();
                }
            }
            tx.send(Msg::Done { worker: id, scanned: shard.len() }).unwrap();
        }));
    }
    drop(tx);

    let mut found: BTreeMap<usize, Vec<String>> = BTreeMap::new();
    let mut scanned = 0;
    let mut done = Vec::new();
    for msg in rx {
        match msg {
            Msg::Found { worker, word } => found.entry(worker).or_default().push(word),
            Msg::Done { worker, scanned: n } => {
                scanned += n;
                done.push(worker);
            }
        }
    }
    for h in handles {
        h.join().unwrap();
    }
    done.sort();
    println!("workers done: {:?}, words scanned: {}", done, scanned);
    for (worker, words) in &found {
        println!("worker {} found {}: {}", worker, words.len(), words.join(", "));
    }
    let mut all: Vec<&String> = found.values().flatten().collect();
    all.sort_by_key(|w| w.len());
    println!("shortest {:?} longest {:?}", all.first(), all.last());
}
