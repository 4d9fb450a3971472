//@ compile-fail
// Inside thread::scope, a spawned reader still borrows the readings when the scope body pushes to them.
use std::thread;

fn main() {
    let mut readings = vec![12, 15, 11];
    thread::scope(|s| {
        let reader = s.spawn(|| readings.iter().sum::<i32>());
        readings.push(20); //~ ERROR E0502
        println!("{}", reader.join().unwrap());
    });
    println!("{:?}", readings);
}
