// Scoped threads each borrowing a disjoint &mut half of a Vec and a shared &str.
//@ no-stats
use std::thread;

fn main() {
    let mut data = vec![1u64, 2, 3, 4, 5, 6, 7, 8];
    let label = String::from("square");
    let (a, b) = data.split_at_mut(4);
    thread::scope(|s| {
        s.spawn(|| {
            for x in a.iter_mut() {
                *x *= *x;
            }
            label.len()
        });
        s.spawn(|| {
            for x in b.iter_mut() {
                *x = *x * *x + label.len() as u64 - 6;
            }
        });
    });
    println!("{} {:?}", label, data);
    data.push(0);
    println!("{}", data.len());
}
