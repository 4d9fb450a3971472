// Scoped threads borrow a Vec; after the scope ends it can be mutated again.
//@ no-stats
use std::thread;

fn main() {
    let mut v = vec![1, 2, 3, 4];
    let total = thread::scope(|s| {
        let h = s.spawn(|| v.iter().sum::<i32>());
        h.join().unwrap()
    });
    v.push(total);
    println!("{:?}", v);
}
