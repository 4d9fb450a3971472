// Box-office threads pop seat numbers from a shared Arc<Mutex<Vec<u32>>> until it is empty; sales are summed after join.
//@ no-stats
use std::sync::{Arc, Mutex};
use std::thread;

fn main() {
    let seats: Vec<u32> = (1..=40).collect();
    let pool = Arc::new(Mutex::new(seats));
    let revenue = Arc::new(Mutex::new(0u64));
    let mut handles = Vec::new();
    for clerk in 0..4u32 {
        let pool = Arc::clone(&pool);
        let revenue = Arc::clone(&revenue);
        handles.push(thread::spawn(move || {
            let mut sold = Vec::new();
            loop {
                let seat = {
                    let mut guard = pool.lock().unwrap();
                    guard.pop()
                };
                match seat {
                    Some(s) => {
                        let price = if s <= 10 { 80 } else { 45 };
                        *revenue.lock().unwrap() += price;
                        sold.push(s);
                    }
                    None => break,
                }
            }
            (clerk, sold.len())
        }));
    }
    let mut counted = 0;
    for h in handles {
        let (_clerk, n) = h.join().unwrap();
        counted += n;
    }
    println!("seats sold: {}", counted);
    println!("revenue: {}", *revenue.lock().unwrap());
    println!("left in pool: {}", pool.lock().unwrap().len());
    println!("pool owners: {}", Arc::strong_count(&pool));
}
