// Threads with channels: several producers send numbered results, the receiver sorts and sums them
//@ no-stats
use std::sync::mpsc;
use std::thread;

fn main() {
    let (tx, rx) = mpsc::channel();
    let mut handles = Vec::new();
    for worker in 0..4u64 {
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            let mut local = 0;
            for i in 1..=5u64 {
                let value = worker * 100 + i * i;
                local += value;
                tx.send((worker, i, value)).unwrap();
            }
            local
        }));
    }
    drop(tx);

    let mut received: Vec<(u64, u64, u64)> = rx.iter().collect();
    received.sort();
    let totals: Vec<u64> = handles.into_iter().map(|h| h.join().unwrap()).collect();

    for (worker, i, value) in received.iter().filter(|(_, i, _)| *i == 5) {
        println!("worker {} item {} -> {}", worker, i, value);
    }
    println!("messages: {}", received.len());
    println!("per-worker totals: {:?}", totals);
    let sum: u64 = received.iter().map(|t| t.2).sum();
    println!("sum matches: {} ({})", sum == totals.iter().sum::<u64>(), sum);

    let (req_tx, req_rx) = mpsc::channel::<String>();
    let (resp_tx, resp_rx) = mpsc::channel::<usize>();
    let server = thread::spawn(move || {
        for word in req_rx {
            resp_tx.send(word.len()).unwrap();
        }
        String::from("server done")
    });
    for w in ["alpha", "be", "gamma-ray"] {
        req_tx.send(w.to_string()).unwrap();
        println!("{} has {} bytes", w, resp_rx.recv().unwrap());
    }
    drop(req_tx);
    println!("{}", server.join().unwrap());
}
