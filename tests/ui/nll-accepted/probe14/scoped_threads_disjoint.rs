// Scoped threads borrowing disjoint halves and a shared read.
//@ no-stats
use std::thread;
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let total = 10;
    let (a, b) = v.split_at_mut(2);
    thread::scope(|s| {
        s.spawn(|| a[0] += total);
        s.spawn(|| b[0] += total);
    });
    println!("{:?}", v);
}
