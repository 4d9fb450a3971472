// Scoped threads may each borrow a disjoint chunk of a vector mutably.
//@ no-stats
use std::thread;

fn main() {
    let mut v = vec![1, 2, 3, 4];
    thread::scope(|s| {
        for chunk in v.chunks_mut(2) {
            s.spawn(move || chunk[0] *= 10);
        }
    });
    println!("{:?}", v);
}
