// Counting primes in ranges on several threads: spawn with move closures, JoinHandle<T> results, join order.
//@ no-stats
use std::thread;

fn is_prime(n: u32) -> bool {
    if n < 2 {
        return false;
    }
    let mut d = 2;
    while d * d <= n {
        if n % d == 0 {
            return false;
        }
        d += 1;
    }
    true
}

fn main() {
    let limit = 2000;
    let workers = 4;
    let chunk = limit / workers;
    let mut handles = Vec::new();
    for w in 0..workers {
        let lo = w * chunk;
        let hi = if w == workers - 1 { limit } else { lo + chunk };
        handles.push(thread::spawn(move || {
            let primes: Vec<u32> = (lo..hi).filter(|&n| is_prime(n)).collect();
            (w, lo, hi, primes)
        }));
    }
    let mut all = Vec::new();
    for h in handles {
        let (w, lo, hi, primes) = h.join().unwrap();
        println!("worker {} [{:>4}, {:>4}): {:>3} primes, last {:?}", w, lo, hi, primes.len(), primes.last());
        all.extend(primes);
    }
    println!("total {} primes below {}", all.len(), limit);
    let twins = all.windows(2).filter(|p| p[1] - p[0] == 2).count();
    println!("twin pairs: {}", twins);
    let gaps = all.windows(2).map(|p| p[1] - p[0]).max().unwrap();
    println!("largest gap: {}", gaps);

    let label = String::from("summary");
    let h = thread::spawn(move || format!("{}: {} digits in the last prime", label, all.last().unwrap().to_string().len()));
    println!("{}", h.join().unwrap());
}
