// Scoped threads borrow two locals mutably; after the scope the locals are read again.
//@ no-stats
use std::thread;

fn main() {
    let mut evens: Vec<i32> = Vec::new();
    let mut odds: Vec<i32> = Vec::new();
    let input = [5, 8, 13, 2, 7, 4];
    thread::scope(|s| {
        s.spawn(|| evens.extend(input.iter().filter(|x| *x % 2 == 0)));
        s.spawn(|| odds.extend(input.iter().filter(|x| *x % 2 == 1)));
    });
    evens.sort();
    odds.sort();
    println!("{:?} {:?} {}", evens, odds, input.len());
}
