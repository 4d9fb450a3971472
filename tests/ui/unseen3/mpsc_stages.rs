// mpsc channels: a two-stage pipeline with several producers, iterating the receiver until senders drop.
//@ no-stats
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

enum Job {
    Square(u32),
    Text(String),
    Stop,
}

fn worker(rx: Receiver<Job>, out: Sender<String>) {
    for job in rx {
        match job {
            Job::Square(n) => out.send(format!("sq {} = {}", n, n * n)).unwrap(),
            Job::Text(s) => out.send(format!("len {:?} = {}", s, s.len())).unwrap(),
            Job::Stop => break,
        }
    }
    out.send(String::from("worker done")).unwrap();
}

fn main() {
    let (job_tx, job_rx) = mpsc::channel();
    let (out_tx, out_rx) = mpsc::channel();
    let w = thread::spawn(move || worker(job_rx, out_tx));

    let producers: Vec<_> = (0..3)
        .map(|p| {
            let tx = job_tx.clone();
            thread::spawn(move || {
                for i in 0..3 {
                    tx.send(Job::Square(p * 10 + i)).unwrap();
                }
                tx.send(Job::Text(format!("producer {p}"))).unwrap();
            })
        })
        .collect();
    for p in producers {
        p.join().unwrap();
    }
    job_tx.send(Job::Stop).unwrap();
    job_tx.send(Job::Square(999)).unwrap_or(());
    w.join().unwrap();

    let mut results: Vec<String> = out_rx.iter().collect();
    let last = results.pop();
    results.sort();
    for r in &results {
        println!("{r}");
    }
    println!("last: {:?}", last);

    let (tx, rx) = mpsc::channel::<i32>();
    drop(tx);
    println!("recv on closed: {:?}", rx.recv().is_err());
    let (tx, rx) = mpsc::channel();
    let h = thread::spawn(move || {
        let mut total = 0;
        while let Ok(v) = rx.recv() {
            total += v;
        }
        total
    });
    for v in [5, 10, 20] {
        tx.send(v).unwrap();
    }
    drop(tx);
    println!("total {}", h.join().unwrap());
    let (tx, rx) = mpsc::channel();
    tx.send("only").unwrap();
    println!("{:?} {:?}", rx.try_recv(), rx.try_recv().is_err());
}
