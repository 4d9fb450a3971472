// Threads returning values through JoinHandle<T>: a Vec of handles joined in order, one worker panicking.
//@ no-stats
use std::thread;

fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let ranges: Vec<(u64, u64)> = vec![(1, 1000), (1000, 2000), (2000, 3000), (3000, 4000)];
    let mut handles = Vec::new();
    for (lo, hi) in ranges.clone() {
        handles.push(thread::spawn(move || {
            let mut best = (0, 0);
            for n in lo..hi {
                let len = collatz_len(n);
                if len > best.1 {
                    best = (n, len);
                }
            }
            best
        }));
    }
    let results: Vec<(u64, u32)> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    for ((lo, hi), (n, len)) in ranges.iter().zip(&results) {
        println!("[{:>4}, {:>4}): {} takes {} steps", lo, hi, n, len);
    }
    let overall = results.iter().max_by_key(|r| r.1).unwrap();
    println!("overall: {:?}", overall);

    let words = vec![String::from("fearless"), String::from("concurrency")];
    let h = thread::spawn(move || {
        let total: usize = words.iter().map(|w| w.len()).sum();
        (words, total)
    });
    let (words, total) = h.join().unwrap();
    println!("{:?} -> {} letters", words, total);

    let checked = thread::spawn(|| {
        let v: Vec<u32> = Vec::new();
        v.iter().sum::<u32>() / v.len() as u32
    });
    match checked.join() {
        Ok(x) => println!("average {}", x),
        Err(_) => println!("worker panicked, main continues"),
    }
}
