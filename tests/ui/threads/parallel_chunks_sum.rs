// Summing chunks of a slice in scoped threads and combining the partial sums in order.
//@ no-stats
use std::thread;

fn main() {
    let data: Vec<u64> = (1..=1000).collect();
    let partials: Vec<u64> = thread::scope(|s| {
        let handles: Vec<_> = data.chunks(250).map(|c| s.spawn(move || c.iter().sum::<u64>())).collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("{partials:?}");
    println!("{}", partials.iter().sum::<u64>());
}
