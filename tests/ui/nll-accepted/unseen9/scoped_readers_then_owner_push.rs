// Scoped threads read the list; after the scope ends the list is mutated.
//@ no-stats
use std::thread;

fn main() {
    let mut list = vec![3, 1, 4, 1, 5];
    let (sum, max) = thread::scope(|s| {
        let a = s.spawn(|| list.iter().sum::<i32>());
        let b = s.spawn(|| *list.iter().max().unwrap());
        (a.join().unwrap(), b.join().unwrap())
    });
    list.push(sum);
    list.push(max);
    println!("{:?}", list);
}
