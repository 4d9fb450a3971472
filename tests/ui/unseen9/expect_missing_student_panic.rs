// A gradebook looks students up with Option::expect; a missing name panics with the expect message and exit code 101.
use std::collections::HashMap;

struct Gradebook {
    scores: HashMap<String, Vec<u32>>,
}

impl Gradebook {
    fn new() -> Self {
        Gradebook { scores: HashMap::new() }
    }

    fn record(&mut self, name: &str, score: u32) {
        self.scores.entry(name.to_string()).or_insert_with(Vec::new).push(score);
    }

    fn average(&self, name: &str) -> f64 {
        let scores = self.scores.get(name).expect("student should be enrolled");
        scores.iter().sum::<u32>() as f64 / scores.len() as f64
    }

    fn letter(avg: f64) -> char {
        match avg as u32 {
            90..=100 => 'A',
            80..=89 => 'B',
            70..=79 => 'C',
            60..=69 => 'D',
            _ => 'F',
        }
    }
}

fn main() {
    let mut book = Gradebook::new();
    let data = [("mia", 92), ("leo", 71), ("mia", 88), ("zoe", 59), ("leo", 84), ("zoe", 66), ("mia", 97)];
    for (name, score) in data {
        book.record(name, score);
    }
    let mut names: Vec<&String> = book.scores.keys().collect();
    names.sort();
    for name in names {
        let avg = book.average(name);
        println!("{:<4} {:>6.2} {}", name, avg, Gradebook::letter(avg));
    }
    let roster = ["leo", "mia", "noah", "zoe"];
    for name in roster.iter() {
        println!("checking {}", name);
        let avg = book.average(name);
        println!("{} averages {:.1}", name, avg);
    }
}
