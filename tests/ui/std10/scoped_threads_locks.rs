// scoped threads and Arc<Mutex>
//@ no-stats
use std::sync::{Arc, Mutex, RwLock};
use std::thread;
fn main() {
    let data = vec![1u64, 2, 3, 4, 5, 6, 7, 8];
    let (left, right) = data.split_at(4);
    let (a, b) = thread::scope(|s| {
        let h1 = s.spawn(|| left.iter().sum::<u64>());
        let h2 = s.spawn(|| right.iter().map(|x| x * x).sum::<u64>());
        (h1.join().unwrap(), h2.join().unwrap())
    });
    println!("{a} {b}");
    let counter = Arc::new(Mutex::new(0));
    let hs: Vec<_> = (0..4).map(|i| { let c = Arc::clone(&counter); thread::spawn(move || { *c.lock().unwrap() += i; }) }).collect();
    for h in hs { h.join().unwrap(); }
    println!("{}", *counter.lock().unwrap());
    println!("{}", Arc::strong_count(&counter));
    let cfg = RwLock::new(String::from("v1"));
    { let r = cfg.read().unwrap(); println!("{}", *r); }
    cfg.write().unwrap().push_str("-2");
    println!("{}", cfg.read().unwrap());
    let mut nums = vec![1, 2, 3];
    thread::scope(|s| { s.spawn(|| nums.push(4)); });
    println!("{:?}", nums);
}
