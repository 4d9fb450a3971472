// thread::scope borrowing a local slice: parallel chunk sums, a Mutex-protected log, and joins in order.
//@ no-stats
use std::sync::Mutex;
use std::thread;

fn main() {
    let data: Vec<u64> = (1..=1000).collect();
    let log = Mutex::new(Vec::new());
    let chunk_size = 250;
    let sums: Vec<u64> = thread::scope(|s| {
        let handles: Vec<_> = data
            .chunks(chunk_size)
            .enumerate()
            .map(|(i, chunk)| {
                let log = &log;
                s.spawn(move || {
                    let sum: u64 = chunk.iter().sum();
                    log.lock().unwrap().push(i);
                    sum
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    println!("chunk sums {:?}", sums);
    println!("total {} (expected {})", sums.iter().sum::<u64>(), 1000 * 1001 / 2);
    let mut seen = log.into_inner().unwrap();
    seen.sort();
    println!("chunks logged {:?}", seen);

    let mut counters = [0u32; 4];
    thread::scope(|s| {
        for (i, c) in counters.iter_mut().enumerate() {
            s.spawn(move || {
                for _ in 0..(i + 1) * 10 {
                    *c += 1;
                }
            });
        }
    });
    println!("counters {:?}", counters);

    let text = String::from("scoped threads can borrow without Arc");
    let (vowels, spaces) = thread::scope(|s| {
        let v = s.spawn(|| text.chars().filter(|c| "aeiou".contains(*c)).count());
        let sp = s.spawn(|| text.matches(' ').count());
        (v.join().unwrap(), sp.join().unwrap())
    });
    println!("{:?}: {} vowels, {} spaces", text, vowels, spaces);
}
