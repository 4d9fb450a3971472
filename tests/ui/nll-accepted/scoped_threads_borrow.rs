// `thread::scope` lets threads borrow locals because they are joined before the scope ends.
//@ no-stats
use std::thread;

fn main() {
    let data = vec![1, 2, 3, 4];
    let mut results = vec![0, 0];
    thread::scope(|s| {
        let (left, right) = results.split_at_mut(1);
        s.spawn(|| left[0] = data[..2].iter().sum());
        s.spawn(|| right[0] = data[2..].iter().sum());
    });
    println!("{:?}", results);
    println!("{:?}", data);
}
