// Scoped threads borrow a Vec for reading; after the scope the Vec is mutated again.
//@ no-stats
use std::thread;

fn main() {
    let mut readings = vec![3.0, 7.5, 1.25, 9.0];
    let (sum, max) = thread::scope(|s| {
        let a = s.spawn(|| readings.iter().sum::<f64>());
        let b = s.spawn(|| readings.iter().cloned().fold(f64::MIN, f64::max));
        (a.join().unwrap(), b.join().unwrap())
    });
    readings.push(sum);
    readings.retain(|x| *x != max);
    println!("{:?}", readings);
}
