// thread::scope threads borrowing a Vec immutably and another mutably, then main uses both.
//@ no-stats
use std::thread;

fn main() {
    let input = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let mut doubled = Vec::new();
    let mut total = 0;
    thread::scope(|s| {
        s.spawn(|| {
            doubled = input.iter().map(|x| x * 2).collect::<Vec<i32>>();
        });
        s.spawn(|| {
            total = input.iter().sum::<i32>();
        });
    });
    println!("{:?} {:?} {}", input, doubled, total);
}
