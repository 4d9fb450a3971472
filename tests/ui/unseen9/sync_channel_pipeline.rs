// A bounded sync_channel between a producer and a transforming stage, then an unbounded channel to main; results arrive in order.
//@ no-stats
use std::sync::mpsc;
use std::thread;

#[derive(Debug)]
enum Msg {
    Line(usize, String),
    Done(usize),
}

fn main() {
    let (raw_tx, raw_rx) = mpsc::sync_channel::<(usize, String)>(2);
    let (out_tx, out_rx) = mpsc::channel::<Msg>();

    let producer = thread::spawn(move || {
        let text = "the quick brown fox\njumps over\n\nthe lazy dog\nand runs away";
        let mut sent = 0;
        for (i, line) in text.lines().enumerate() {
            raw_tx.send((i + 1, line.to_string())).unwrap();
            sent += 1;
        }
        sent
    });

    let transformer = thread::spawn(move || {
        let mut count = 0;
        for (n, line) in raw_rx {
            if line.is_empty() {
                continue;
            }
            let title: Vec<String> = line
                .split_whitespace()
                .map(|w| {
                    let mut cs = w.chars();
                    match cs.next() {
                        Some(f) => f.to_uppercase().collect::<String>() + cs.as_str(),
                        None => String::new(),
                    }
                })
                .collect();
            out_tx.send(Msg::Line(n, title.join(" "))).unwrap();
            count += 1;
        }
        out_tx.send(Msg::Done(count)).unwrap();
    });

    let mut total_chars = 0;
    for msg in out_rx {
        match msg {
            Msg::Line(n, text) => {
                total_chars += text.len();
                println!("{:>2}: {}", n, text);
            }
            Msg::Done(count) => println!("transformer finished after {} lines", count),
        }
    }
    let sent = producer.join().unwrap();
    transformer.join().unwrap();
    println!("producer sent {} lines, {} characters came out", sent, total_chars);
}
