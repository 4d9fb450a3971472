// thread::spawn returns a JoinHandle; join waits and returns the thread's result.
//@ no-stats
use std::thread;

fn main() {
    let handle = thread::spawn(|| {
        let mut sum = 0u64;
        for i in 1..=100 {
            sum += i;
        }
        sum
    });
    let result = handle.join().unwrap();
    println!("sum = {result}");
}
