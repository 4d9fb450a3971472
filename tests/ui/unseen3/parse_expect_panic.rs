// Panics from expect on an Err: the message includes the error's Debug form; drops run while unwinding.
use std::collections::HashMap;

struct Logger {
    lines: Vec<String>,
}

impl Drop for Logger {
    fn drop(&mut self) {
        println!("logger flushed {} lines", self.lines.len());
    }
}

fn parse_scores(input: &str, log: &mut Logger) -> HashMap<String, u32> {
    let mut m = HashMap::new();
    for pair in input.split(',') {
        let (name, score) = pair.split_once('=').expect("pair without =");
        let score: u32 = score.trim().parse().expect("score must be a number");
        log.lines.push(format!("{name}:{score}"));
        m.insert(name.trim().to_string(), score);
    }
    m
}

fn main() {
    let mut log = Logger { lines: vec![] };
    let m = parse_scores("ann=3, bob=7", &mut log);
    let mut keys: Vec<_> = m.keys().collect();
    keys.sort();
    println!("{:?} total {}", keys, m.values().sum::<u32>());
    let m2 = parse_scores("cy=4, di=x9, ed=1", &mut log);
    println!("unreachable {}", m2.len());
}
