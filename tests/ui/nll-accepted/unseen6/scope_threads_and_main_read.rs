// Scoped threads and the main thread read the same Vec at the same time; it is mutated after the scope.
//@ no-stats
use std::thread;

fn main() {
    let mut data = vec![4, 8, 15, 16, 23, 42];
    let (sum, max) = thread::scope(|s| {
        let a = s.spawn(|| data.iter().sum::<i32>());
        let b = s.spawn(|| *data.iter().max().unwrap());
        println!("main sees {} items", data.len());
        (a.join().unwrap(), b.join().unwrap())
    });
    data.push(sum);
    println!("sum {} max {} -> {:?}", sum, max, data);
}
