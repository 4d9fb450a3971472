// Each spawned thread moves its own clone.
//@ no-stats
use std::thread;
fn main() {
    let v = vec![1, 2];
    let mut hs = Vec::new();
    for i in 0..2 {
        let w = v.clone();
        hs.push(thread::spawn(move || w[i] * 10));
    }
    let r: Vec<i32> = hs.into_iter().map(|h| h.join().unwrap()).collect();
    println!("{:?} {:?}", r, v);
}
