// A three-stage pipeline over mpsc channels: producer, transformer, and the main thread as consumer.
//@ no-stats
use std::sync::mpsc::{self, Receiver, Sender};
use std::thread;

#[derive(Debug)]
enum Msg {
    Line(String),
    Done,
}

fn producer(tx: Sender<Msg>, lines: Vec<&'static str>) -> thread::JoinHandle<usize> {
    thread::spawn(move || {
        let n = lines.len();
        for l in lines {
            tx.send(Msg::Line(l.to_string())).unwrap();
        }
        tx.send(Msg::Done).unwrap();
        n
    })
}

fn transformer(rx: Receiver<Msg>, tx: Sender<(usize, String)>) -> thread::JoinHandle<()> {
    thread::spawn(move || {
        let mut index = 0;
        for msg in rx {
            match msg {
                Msg::Line(s) if s.trim().is_empty() => continue,
                Msg::Line(s) => {
                    let words = s.split_whitespace().rev().collect::<Vec<_>>().join(" ");
                    tx.send((index, words)).unwrap();
                    index += 1;
                }
                Msg::Done => break,
            }
        }
    })
}

fn main() {
    let (tx1, rx1) = mpsc::channel();
    let (tx2, rx2) = mpsc::channel();
    let p = producer(tx1, vec!["hello big world", "   ", "rust has channels", "one", "a b c d"]);
    let t = transformer(rx1, tx2);
    let mut received = Vec::new();
    while let Ok((i, s)) = rx2.recv() {
        received.push(format!("{i}: {s}"));
    }
    println!("{}", received.join("\n"));
    println!("producer sent {}", p.join().unwrap());
    t.join().unwrap();
    let (tx, rx) = mpsc::channel::<i32>();
    drop(tx);
    println!("recv on closed channel: {:?}", rx.recv());
    println!("try_recv: {:?}", rx.try_recv());
}
