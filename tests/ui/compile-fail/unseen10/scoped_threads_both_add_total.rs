//@ compile-fail
// Two scoped threads both add to the same local total through closures that borrow it mutably.
use std::thread;

fn main() {
    let data = [3, 1, 4, 1, 5, 9, 2, 6];
    let mut total = 0;
    thread::scope(|s| {
        s.spawn(|| total += data[..4].iter().sum::<i32>());
        s.spawn(|| total += data[4..].iter().sum::<i32>()); //~ ERROR E0499
    });
    println!("{}", total);
}
