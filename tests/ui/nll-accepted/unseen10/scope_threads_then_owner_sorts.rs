// Scoped threads read the scores; once the scope ends, the owner sorts them in place.
//@ no-stats
use std::thread;

fn main() {
    let mut scores = vec![71, 93, 55, 88, 62];
    let (best, avg) = thread::scope(|s| {
        let b = s.spawn(|| *scores.iter().max().unwrap());
        let a = s.spawn(|| scores.iter().sum::<i32>() / scores.len() as i32);
        (b.join().unwrap(), a.join().unwrap())
    });
    scores.sort();
    scores.push(best + avg);
    println!("{:?}", scores);
}
