// Letter frequencies counted into a [usize; 26] array, then ranked and drawn as a histogram.
fn count_letters(text: &str) -> [usize; 26] {
    let mut counts = [0usize; 26];
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            let idx = (c.to_ascii_lowercase() as u8 - b'a') as usize;
            counts[idx] += 1;
        }
    }
    counts
}

fn top_letters(counts: &[usize; 26], n: usize) -> Vec<(char, usize)> {
    let mut pairs: Vec<(char, usize)> = counts
        .iter()
        .enumerate()
        .filter(|&(_, &c)| c > 0)
        .map(|(i, &c)| ((b'a' + i as u8) as char, c))
        .collect();
    pairs.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    pairs.truncate(n);
    pairs
}

fn main() {
    let text = "The quick brown fox jumps over the lazy dog. \
                Pack my box with five dozen liquor jugs!";
    let counts = count_letters(text);
    let total: usize = counts.iter().sum();
    println!("letters: {}", total);
    let missing: String = counts
        .iter()
        .enumerate()
        .filter(|(_, c)| **c == 0)
        .map(|(i, _)| (b'a' + i as u8) as char)
        .collect();
    println!("missing: {:?}", missing);
    for (letter, n) in top_letters(&counts, 6) {
        let pct = n as f64 * 100.0 / total as f64;
        println!("{} {:>3} {:5.1}% {}", letter, n, pct, "#".repeat(n));
    }
    let vowels: usize = "aeiou".chars().map(|v| counts[(v as u8 - b'a') as usize]).sum();
    println!("vowels {} consonants {}", vowels, total - vowels);
    let pangram = counts.iter().all(|&c| c > 0);
    println!("pangram: {}", pangram);
}
