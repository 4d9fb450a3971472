// Threads with Arc<Mutex<>>: concurrent transfers between accounts; totals are schedule-independent.
//@ no-stats
use std::sync::{Arc, Mutex};
use std::thread;

#[derive(Debug)]
struct Bank {
    accounts: Vec<i64>,
    transfers: u32,
}

impl Bank {
    fn transfer(&mut self, from: usize, to: usize, amount: i64) -> bool {
        if self.accounts[from] < amount {
            return false;
        }
        self.accounts[from] -= amount;
        self.accounts[to] += amount;
        self.transfers += 1;
        true
    }
}

fn main() {
    let bank = Arc::new(Mutex::new(Bank { accounts: vec![1000, 1000, 1000, 1000], transfers: 0 }));
    let mut handles = vec![];
    for t in 0..4 {
        let bank = Arc::clone(&bank);
        handles.push(thread::spawn(move || {
            let mut ok = 0;
            for i in 0..25 {
                let from = (t + i) % 4;
                let to = (t + i + 1) % 4;
                let mut b = bank.lock().unwrap();
                if b.transfer(from, to, 10) {
                    ok += 1;
                }
            }
            ok
        }));
    }
    let done: Vec<i32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    println!("per thread {:?}", done);
    let b = bank.lock().unwrap();
    let total: i64 = b.accounts.iter().sum();
    println!("total {} transfers {}", total, b.transfers);
    drop(b);

    let counter = Arc::new(Mutex::new(0u64));
    let hs: Vec<_> = (1..=8)
        .map(|k| {
            let c = Arc::clone(&counter);
            thread::spawn(move || {
                for _ in 0..k {
                    *c.lock().unwrap() += k;
                }
            })
        })
        .collect();
    for h in hs {
        h.join().unwrap();
    }
    println!("sum of squares 1..=8 = {}", *counter.lock().unwrap());
    println!("strong count {}", Arc::strong_count(&counter));

    let names = Arc::new(Mutex::new(Vec::new()));
    let hs: Vec<thread::JoinHandle<()>> = ["x", "y", "z"]
        .iter()
        .map(|&n| {
            let names = Arc::clone(&names);
            thread::spawn(move || names.lock().unwrap().push(n.repeat(2)))
        })
        .collect();
    hs.into_iter().for_each(|h| h.join().unwrap());
    let mut v = names.lock().unwrap().clone();
    v.sort();
    println!("{:?}", v);
    let result = thread::spawn(|| (1..=10).product::<u64>()).join().unwrap();
    println!("product {result}");
}
