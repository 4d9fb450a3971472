// Arc<Mutex<..>> shared by threads: a ledger of deposits, a counter, and lock scopes.
//@ no-stats
use std::sync::{Arc, Mutex};
use std::thread;

struct Ledger {
    entries: Vec<(usize, i64)>,
    balance: i64,
}

impl Ledger {
    fn record(&mut self, who: usize, amount: i64) {
        self.entries.push((who, amount));
        self.balance += amount;
    }
}

fn main() {
    let ledger = Arc::new(Mutex::new(Ledger { entries: Vec::new(), balance: 0 }));
    let ops = Arc::new(Mutex::new(0u32));
    let mut handles = vec![];
    for who in 0..4 {
        let ledger = Arc::clone(&ledger);
        let ops = Arc::clone(&ops);
        let handle = thread::spawn(move || {
            for k in 1..=3 {
                let amount = if who % 2 == 0 { k * 10 } else { -(k as i64) };
                {
                    let mut l = ledger.lock().unwrap();
                    l.record(who, amount);
                }
                *ops.lock().unwrap() += 1;
            }
        });
        handles.push(handle);
    }
    println!("strong count while running: at least {}", if Arc::strong_count(&ledger) >= 1 { 1 } else { 0 });
    for h in handles {
        h.join().unwrap();
    }
    let l = ledger.lock().unwrap();
    let mut entries = l.entries.clone();
    entries.sort();
    println!("{} entries, balance {}", entries.len(), l.balance);
    for who in 0..4 {
        let mine: Vec<i64> = entries.iter().filter(|e| e.0 == who).map(|e| e.1).collect();
        println!("worker {}: {:?} sum {}", who, mine, mine.iter().sum::<i64>());
    }
    println!("ops = {}", *ops.lock().unwrap());
    drop(l);
    println!("strong count after join: {}", Arc::strong_count(&ledger));
    let inner = Arc::try_unwrap(ledger).ok().unwrap().into_inner().unwrap();
    println!("final balance {}", inner.balance);
}
