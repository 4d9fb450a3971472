// thread::scope splits a text's lines between threads that borrow them, each returning a word-length histogram.
//@ no-stats
use std::thread;

fn histogram(lines: &[&str]) -> [u32; 8] {
    let mut h = [0u32; 8];
    for line in lines {
        for w in line.split_whitespace() {
            let n = w.trim_matches(|c: char| !c.is_alphabetic()).chars().count();
            if n > 0 {
                h[n.min(8) - 1] += 1;
            }
        }
    }
    h
}

fn main() {
    let text = String::from(
        "It was the best of times, it was the worst of times,\n\
         it was the age of wisdom, it was the age of foolishness,\n\
         it was the epoch of belief, it was the epoch of incredulity,\n\
         it was the season of Light, it was the season of Darkness,\n\
         it was the spring of hope, it was the winter of despair.",
    );
    let lines: Vec<&str> = text.lines().collect();
    let mut longest_word = String::new();
    let totals = thread::scope(|s| {
        let handles: Vec<_> = lines.chunks(2).map(|chunk| s.spawn(move || histogram(chunk))).collect();
        s.spawn(|| {
            for w in text.split_whitespace() {
                let w = w.trim_matches(|c: char| !c.is_alphabetic());
                if w.len() > longest_word.len() {
                    longest_word = w.to_string();
                }
            }
        });
        let mut totals = [0u32; 8];
        for h in handles {
            let part = h.join().unwrap();
            for (t, p) in totals.iter_mut().zip(part.iter()) {
                *t += p;
            }
        }
        totals
    });
    for (i, n) in totals.iter().enumerate() {
        let label = if i == 7 { String::from("8+") } else { (i + 1).to_string() };
        println!("{:>2} letters: {:>3} {}", label, n, "*".repeat(*n as usize / 2));
    }
    println!("words: {}", totals.iter().sum::<u32>());
    println!("longest word: {}", longest_word);
    println!("same as one thread: {}", histogram(&lines) == totals);
}
