// Shared stock behind Arc<Mutex<HashMap>>: threads reserve items; the final state is printed sorted.
//@ no-stats
use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let mut initial = HashMap::new();
    initial.insert("apple".to_string(), 10u32);
    initial.insert("pear".to_string(), 4);
    initial.insert("plum".to_string(), 7);
    let stock = Arc::new(Mutex::new(initial));
    let refused = Arc::new(Mutex::new(0u32));

    let orders = vec![
        vec![("apple", 3), ("pear", 2)],
        vec![("plum", 5), ("apple", 3)],
        vec![("pear", 1), ("plum", 1), ("apple", 2)],
        vec![("kiwi", 1), ("apple", 1)],
    ];
    let mut handles = vec![];
    for order in orders {
        let stock = Arc::clone(&stock);
        let refused = Arc::clone(&refused);
        handles.push(thread::spawn(move || {
            for (item, qty) in order {
                let mut map = stock.lock().unwrap();
                match map.get_mut(item) {
                    Some(left) if *left >= qty => *left -= qty,
                    _ => *refused.lock().unwrap() += 1,
                }
            }
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    let map = stock.lock().unwrap();
    let mut keys: Vec<&String> = map.keys().collect();
    keys.sort();
    for k in keys {
        println!("{:<6}{:>3}", k, map[k]);
    }
    println!("refused lines: {}", refused.lock().unwrap());
    println!("strong count: {}", Arc::strong_count(&stock));
    let total: u32 = map.values().sum();
    println!("units left: {total}");
}
