// Several producers share one channel through cloned Senders; the receiver ends when all are dropped.
//@ no-stats
use std::sync::mpsc;
use std::thread;

#[derive(Debug)]
enum Log {
    Info { source: u32, msg: String },
    Warn { source: u32, code: u16 },
    Done(u32),
}

fn main() {
    let (tx, rx) = mpsc::channel();
    let mut handles = Vec::new();
    for source in 1..=3 {
        let tx = tx.clone();
        handles.push(thread::spawn(move || {
            for step in 0..source {
                tx.send(Log::Info { source, msg: format!("step {}", step) }).unwrap();
            }
            if source % 2 == 1 {
                tx.send(Log::Warn { source, code: 400 + source as u16 }).unwrap();
            }
            tx.send(Log::Done(source)).unwrap();
        }));
    }
    drop(tx);
    let mut infos = Vec::new();
    let mut warns = Vec::new();
    let mut done = Vec::new();
    for log in rx {
        match log {
            Log::Info { source, msg } => infos.push(format!("{}:{}", source, msg)),
            Log::Warn { source, code } => warns.push((source, code)),
            Log::Done(s) => done.push(s),
        }
    }
    for h in handles {
        h.join().unwrap();
    }
    infos.sort();
    warns.sort();
    done.sort();
    println!("{} infos: {:?}", infos.len(), infos);
    println!("warnings: {:?}", warns);
    println!("done: {:?}", done);
    let last = Log::Done(99);
    println!("{:?}", last);
}
