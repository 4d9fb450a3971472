// Arc<Mutex<..>> shared between threads: a ledger of deposits per account and a shared counter
//@ no-stats
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let ledger: Arc<Mutex<HashMap<String, i64>>> = Arc::new(Mutex::new(HashMap::new()));
    let ops = Arc::new(Mutex::new(0u32));
    let names = ["north", "south", "east"];
    let mut handles = vec![];
    for t in 0..6 {
        let ledger = Arc::clone(&ledger);
        let ops = Arc::clone(&ops);
        let name = names[t % names.len()].to_string();
        handles.push(thread::spawn(move || {
            for k in 1..=10 {
                let mut map = ledger.lock().unwrap();
                *map.entry(name.clone()).or_insert(0) += (t as i64 + 1) * k;
                *ops.lock().unwrap() += 1;
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    let map = ledger.lock().unwrap();
    let mut keys: Vec<&String> = map.keys().collect();
    keys.sort();
    for k in keys {
        println!("{:>6}: {:>5}", k, map[k]);
    }
    println!("operations: {}", *ops.lock().unwrap());
    println!("ledger owners: {}", Arc::strong_count(&ledger));
    let total: i64 = map.values().sum();
    println!("total: {}", total);
}
