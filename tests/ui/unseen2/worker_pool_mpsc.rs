// Threads with mpsc: several producers send results over cloned senders; the receiver sorts them.
//@ no-stats
use std::sync::mpsc;
use std::thread;

#[derive(Debug)]
enum Msg {
    Result { worker: usize, input: u64, output: u64 },
    Done(usize),
}

fn collatz_steps(mut n: u64) -> u64 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn main() {
    let (tx, rx) = mpsc::channel();
    let jobs: Vec<Vec<u64>> = vec![vec![6, 7, 27], vec![97, 1], vec![871, 12, 19, 3]];
    let mut handles = Vec::new();
    for (id, batch) in jobs.into_iter().enumerate() {
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            let mut total = 0;
            for n in batch {
                let out = collatz_steps(n);
                total += out;
                tx.send(Msg::Result { worker: id, input: n, output: out }).unwrap();
            }
            tx.send(Msg::Done(id)).unwrap();
            total
        }));
    }
    drop(tx);

    let mut results = Vec::new();
    let mut done = Vec::new();
    for msg in rx {
        match msg {
            Msg::Result { worker, input, output } => results.push((input, output, worker)),
            Msg::Done(w) => done.push(w),
        }
    }
    let totals: Vec<u64> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    results.sort();
    done.sort();
    for (input, output, worker) in &results {
        println!("{:>4} takes {:>3} steps (worker {})", input, output, worker);
    }
    println!("workers done: {:?}", done);
    println!("totals per worker: {:?}", totals);
    let longest = results.iter().max_by_key(|r| r.1).unwrap();
    println!("longest: {} with {} steps", longest.0, longest.1);
    println!("sum check: {}", totals.iter().sum::<u64>() == results.iter().map(|r| r.1).sum::<u64>());
}
