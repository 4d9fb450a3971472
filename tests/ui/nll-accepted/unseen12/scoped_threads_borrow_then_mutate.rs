// Scoped threads borrow a Vec; after the scope ends it can be mutated again.
//@ no-stats
use std::thread;

fn main() {
    let mut data = vec![1, 2, 3, 4, 5, 6];
    let (a, b) = thread::scope(|s| {
        let h1 = s.spawn(|| data[..3].iter().sum::<i32>());
        let h2 = s.spawn(|| data[3..].iter().sum::<i32>());
        (h1.join().unwrap(), h2.join().unwrap())
    });
    data.push(a + b);
    println!("{:?}", data);
}
