// Scoped threads: borrowing local data in thread::scope, summing chunks and mutating disjoint halves.
//@ no-stats
use std::thread;

fn parallel_sum(data: &[u64], parts: usize) -> u64 {
    let size = (data.len() + parts - 1) / parts;
    thread::scope(|s| {
        let handles: Vec<_> = data.chunks(size).map(|c| s.spawn(move || c.iter().sum::<u64>())).collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    })
}

fn main() {
    let data: Vec<u64> = (1..=1000).collect();
    for parts in [1, 3, 7] {
        println!("{parts} parts: {}", parallel_sum(&data, parts));
    }

    let mut numbers = vec![1, 2, 3, 4, 5, 6, 7, 8];
    let (left, right) = numbers.split_at_mut(4);
    thread::scope(|s| {
        s.spawn(|| {
            for x in left.iter_mut() {
                *x *= 10;
            }
        });
        s.spawn(|| {
            for x in right.iter_mut() {
                *x = -*x;
            }
        });
    });
    println!("{:?}", numbers);

    let words = vec!["alpha", "beta", "gamma", "delta"];
    let mut lengths = Vec::new();
    thread::scope(|s| {
        let h1 = s.spawn(|| words.iter().map(|w| w.len()).sum::<usize>());
        let h2 = s.spawn(|| words.iter().filter(|w| w.contains('a')).count());
        lengths.push(h1.join().unwrap());
        lengths.push(h2.join().unwrap());
    });
    println!("{:?} words still usable: {}", lengths, words.len());

    let mut counter = 0;
    thread::scope(|s| {
        s.spawn(|| {
            counter += 5;
        });
    });
    println!("counter {counter}");
    let text = String::from("the rain in spain");
    let upper = thread::scope(|s| s.spawn(|| text.to_uppercase()).join().unwrap());
    println!("{upper} / {text}");
}
