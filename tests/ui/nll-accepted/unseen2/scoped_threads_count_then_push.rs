//@ no-stats
// Scoped threads share `&` borrows of local data; the data is mutated after the scope ends.
use std::thread;

fn main() {
    let mut words = vec![String::from("alpha"), String::from("be"), String::from("sea")];
    let limit = 3;
    let (long, short) = thread::scope(|s| {
        let a = s.spawn(|| words.iter().filter(|w| w.len() > limit).count());
        let b = s.spawn(|| words.iter().filter(|w| w.len() <= limit).count());
        (a.join().unwrap(), b.join().unwrap())
    });
    words.push(String::from("gamma"));
    println!("{} {} {}", long, short, words.len());
}
