// Scoped threads summing chunks of a borrowed Vec, and spawned threads returning values through join
//@ no-stats
use std::thread;

fn is_prime(n: u32) -> bool {
    n >= 2 && (2..).take_while(|d| d * d <= n).all(|d| n % d != 0)
}

fn main() {
    let data: Vec<u32> = (1..=1000).collect();
    let chunk_size = data.len() / 4;
    let mut sums = vec![0u64; 4];
    thread::scope(|s| {
        for (chunk, slot) in data.chunks(chunk_size).zip(sums.iter_mut()) {
            s.spawn(move || {
                *slot = chunk.iter().map(|&x| x as u64).sum();
            });
        }
    });
    println!("chunk sums: {:?}", sums);
    println!("total: {}", sums.iter().sum::<u64>());

    let label = String::from("primes");
    let counts: Vec<usize> = thread::scope(|s| {
        let handles: Vec<_> = data
            .chunks(250)
            .map(|c| s.spawn(|| {
                let n = c.iter().filter(|&&x| is_prime(x)).count();
                println!("{} counted in a chunk starting at {}", label, c[0]);
                n
            }))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("prime counts {:?} = {}", counts, counts.iter().sum::<usize>());

    let handles: Vec<thread::JoinHandle<(u32, u32)>> = (0..3)
        .map(|i| thread::spawn(move || (i, (1..=10 * (i + 1)).filter(|x| x % 7 == 0).count() as u32)))
        .collect();
    for h in handles {
        let (i, n) = h.join().unwrap();
        println!("thread {} found {} multiples of 7", i, n);
    }
}
