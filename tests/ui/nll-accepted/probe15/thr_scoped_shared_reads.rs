// Scoped threads reading a Vec and a Mutex without move.
//@ no-stats
use std::sync::Mutex;
use std::thread;
fn main() {
    let v = vec![1, 2, 3];
    let total = Mutex::new(0);
    thread::scope(|s| {
        s.spawn(|| *total.lock().unwrap() += v.iter().sum::<i32>());
        s.spawn(|| *total.lock().unwrap() += v.len() as i32);
    });
    println!("{}", total.into_inner().unwrap());
}
