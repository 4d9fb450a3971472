// Scoped threads may borrow a parameter.
//@ no-stats
use std::thread;

fn total(data: &Vec<i32>) -> i32 {
    let mut sum = 0;
    thread::scope(|s| {
        s.spawn(|| {
            sum = data.iter().sum();
        });
    });
    sum
}

fn main() {
    println!("{}", total(&vec![1, 2, 3]));
}
