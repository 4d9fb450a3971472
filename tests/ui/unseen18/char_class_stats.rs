// Character statistics with bytes() and chars(): vowels, consonants, digits, whitespace, punctuation, a letter histogram.
#[derive(Default, Debug)]
struct Stats {
    vowels: usize,
    consonants: usize,
    digits: usize,
    spaces: usize,
    punct: usize,
    other: usize,
}

fn classify(text: &str) -> Stats {
    let mut s = Stats::default();
    for c in text.chars() {
        match c {
            'a' | 'e' | 'i' | 'o' | 'u' | 'A' | 'E' | 'I' | 'O' | 'U' => s.vowels += 1,
            c if c.is_ascii_alphabetic() => s.consonants += 1,
            c if c.is_ascii_digit() => s.digits += 1,
            c if c.is_whitespace() => s.spaces += 1,
            c if c.is_ascii_punctuation() => s.punct += 1,
            _ => s.other += 1,
        }
    }
    s
}

fn histogram(text: &str) -> [u32; 26] {
    let mut h = [0u32; 26];
    for b in text.bytes() {
        if b.is_ascii_alphabetic() {
            h[(b.to_ascii_lowercase() - b'a') as usize] += 1;
        }
    }
    h
}

fn main() {
    let text = "Hello, World! It's 2024 -- naïve résumé? Yes: 3 apples & 12 pears.";
    let s = classify(text);
    println!("{:?}", s);
    println!("chars={} bytes={}", text.chars().count(), text.len());
    let h = histogram(text);
    let max = *h.iter().max().unwrap();
    for (i, &n) in h.iter().enumerate() {
        if n > 0 {
            let letter = (b'a' + i as u8) as char;
            let bar = "*".repeat((n * 20 / max) as usize);
            println!("{} {:>2} {}", letter, n, bar);
        }
    }
    let upper = text.chars().filter(|c| c.is_uppercase()).count();
    let non_ascii: Vec<char> = text.chars().filter(|c| !c.is_ascii()).collect();
    println!("uppercase: {}, non-ascii: {:?}", upper, non_ascii);
    let first_digit = text.find(char::is_numeric);
    let last_digit = text.rfind(|c: char| c.is_ascii_digit());
    println!("digits span bytes {:?}..{:?}", first_digit, last_digit);
    if let (Some(a), Some(b)) = (first_digit, last_digit) {
        println!("span text: {:?}", &text[a..=b]);
    }
}
