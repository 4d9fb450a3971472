// Wordle scoring: green/yellow/grey feedback with letter counts in [u8; 26], then filtering a word list by feedback.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Mark {
    Green,
    Yellow,
    Grey,
}

fn score(guess: &str, answer: &str) -> [Mark; 5] {
    let g: Vec<u8> = guess.bytes().collect();
    let a: Vec<u8> = answer.bytes().collect();
    let mut marks = [Mark::Grey; 5];
    let mut left = [0u8; 26];
    for i in 0..5 {
        if g[i] == a[i] {
            marks[i] = Mark::Green;
        } else {
            left[(a[i] - b'a') as usize] += 1;
        }
    }
    for i in 0..5 {
        if marks[i] == Mark::Green {
            continue;
        }
        let slot = &mut left[(g[i] - b'a') as usize];
        if *slot > 0 {
            *slot -= 1;
            marks[i] = Mark::Yellow;
        }
    }
    marks
}

fn render(marks: &[Mark; 5]) -> String {
    marks
        .iter()
        .map(|m| match m {
            Mark::Green => 'G',
            Mark::Yellow => 'y',
            Mark::Grey => '.',
        })
        .collect()
}

fn consistent<'w>(words: &[&'w str], guess: &str, feedback: &[Mark; 5]) -> Vec<&'w str> {
    words.iter().copied().filter(|w| score(guess, w) == *feedback).collect()
}

fn main() {
    let answer = "crane";
    for guess in ["slate", "nacre", "crane", "eerie", "array"] {
        println!("{} -> {}", guess, render(&score(guess, answer)));
    }
    println!("{}", render(&score("speed", "abide")));
    println!("{}", render(&score("allee", "eagle")));

    let words = vec!["cigar", "rebut", "sissy", "humph", "awake", "blush", "focal", "evade", "naval", "serve", "heath", "dwarf", "model", "karma", "stink", "grade", "quiet", "bench", "abate", "feign"];
    let secret = "grade";
    let mut pool = words.clone();
    for guess in ["abate", "evade", "grade"] {
        let fb = score(guess, secret);
        pool = consistent(&pool, guess, &fb);
        println!("after {} ({}): {} left {:?}", guess, render(&fb), pool.len(), pool);
        if fb.iter().all(|m| *m == Mark::Green) {
            println!("solved!");
            break;
        }
    }
    let greens = words.iter().filter(|w| score(w, secret)[0] == Mark::Green).count();
    println!("words starting like the secret: {}", greens);
}
