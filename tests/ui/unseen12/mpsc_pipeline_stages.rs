// A three-stage pipeline of threads linked by mpsc channels: parse, square, then sum in main.
//@ no-stats
use std::sync::mpsc;
use std::thread;

fn main() {
    let (raw_tx, raw_rx) = mpsc::channel::<String>();
    let (num_tx, num_rx) = mpsc::channel::<i64>();
    let (sq_tx, sq_rx) = mpsc::channel::<(i64, i64)>();

    let parser = thread::spawn(move || {
        let mut rejected = Vec::new();
        for line in raw_rx {
            match line.trim().parse::<i64>() {
                Ok(n) => num_tx.send(n).unwrap(),
                Err(_) => rejected.push(line),
            }
        }
        rejected
    });

    let squarer = thread::spawn(move || {
        let mut count = 0;
        for n in num_rx {
            sq_tx.send((n, n * n)).unwrap();
            count += 1;
        }
        count
    });

    for text in ["3", " 4", "x", "-5", "12", "", "7 "] {
        raw_tx.send(text.to_string()).unwrap();
    }
    drop(raw_tx);

    let mut pairs: Vec<(i64, i64)> = sq_rx.iter().collect();
    pairs.sort();
    let total: i64 = pairs.iter().map(|&(_, sq)| sq).sum();
    let rejected = parser.join().unwrap();
    let count = squarer.join().unwrap();
    println!("squared {} numbers", count);
    for (n, sq) in &pairs {
        println!("{:>4} -> {:>4}", n, sq);
    }
    println!("sum of squares: {}", total);
    println!("rejected: {:?}", rejected);
}
