// Several threads each compute a value; results are printed in spawn order after joining.
//@ no-stats
use std::thread;

fn main() {
    let handles: Vec<_> = (1..=5u64)
        .map(|n| thread::spawn(move || (n, (1..=n).product::<u64>())))
        .collect();
    for h in handles {
        let (n, f) = h.join().unwrap();
        println!("{n}! = {f}");
    }
}
