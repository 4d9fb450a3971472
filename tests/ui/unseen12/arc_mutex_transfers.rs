// Four threads move money between accounts in an Arc<Mutex<Vec<i64>>>; the total is conserved.
//@ no-stats
use std::sync::{Arc, Mutex};
use std::thread;

fn transfer(accounts: &Mutex<Vec<i64>>, from: usize, to: usize, amount: i64) -> bool {
    let mut acc = accounts.lock().unwrap();
    if acc[from] < amount {
        return false;
    }
    acc[from] -= amount;
    acc[to] += amount;
    true
}

fn main() {
    let accounts = Arc::new(Mutex::new(vec![1000, 500, 250, 0]));
    let refused = Arc::new(Mutex::new(0u32));
    let mut handles = Vec::new();
    for t in 0..4usize {
        let accounts = Arc::clone(&accounts);
        let refused = Arc::clone(&refused);
        handles.push(thread::spawn(move || {
            let mut done = 0;
            for i in 0..50usize {
                let from = (t + i) % 4;
                let to = (t + i + 1) % 4;
                if transfer(&accounts, from, to, 7) {
                    done += 1;
                } else {
                    *refused.lock().unwrap() += 1;
                }
            }
            done
        }));
    }
    let done: u32 = handles.into_iter().map(|h| h.join().unwrap()).sum();
    let refused = *refused.lock().unwrap();
    let final_accounts = accounts.lock().unwrap();
    let total: i64 = final_accounts.iter().sum();
    println!("transfers attempted: {}", done + refused);
    println!("total money: {}", total);
    println!("no account negative: {}", final_accounts.iter().all(|&b| b >= 0));
    println!("Arc count at the end: {}", Arc::strong_count(&accounts));
}
