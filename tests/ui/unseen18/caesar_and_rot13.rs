// Caesar cipher and ROT13 over chars and bytes, a brute-force decoder scoring English letter frequency.
fn shift_char(c: char, k: u8) -> char {
    if c.is_ascii_lowercase() {
        (((c as u8 - b'a' + k) % 26) + b'a') as char
    } else if c.is_ascii_uppercase() {
        (((c as u8 - b'A' + k) % 26) + b'A') as char
    } else {
        c
    }
}

fn encrypt(text: &str, key: u8) -> String {
    text.chars().map(|c| shift_char(c, key % 26)).collect()
}

fn decrypt(text: &str, key: u8) -> String {
    encrypt(text, 26 - key % 26)
}

fn rot13_bytes(text: &str) -> String {
    let mut out = Vec::with_capacity(text.len());
    for b in text.bytes() {
        let r = match b {
            b'a'..=b'z' => (b - b'a' + 13) % 26 + b'a',
            b'A'..=b'Z' => (b - b'A' + 13) % 26 + b'A',
            _ => b,
        };
        out.push(r);
    }
    String::from_utf8(out).unwrap()
}

fn score(text: &str) -> usize {
    let common = "etaoinshr";
    text.chars()
        .filter(|c| common.contains(c.to_ascii_lowercase()))
        .count()
}

fn crack(cipher: &str) -> (u8, String) {
    let mut best = (0u8, String::new(), 0usize);
    for key in 0..26u8 {
        let candidate = decrypt(cipher, key);
        let s = score(&candidate);
        if s > best.2 {
            best = (key, candidate, s);
        }
    }
    (best.0, best.1)
}

fn main() {
    let plain = "Meet me at the train station at seven, Ana!";
    for key in [1u8, 3, 13, 25, 29] {
        let c = encrypt(plain, key);
        let back = decrypt(&c, key);
        println!("key {:>2}: {} | roundtrip ok: {}", key, c, back == plain);
    }
    let r = rot13_bytes(plain);
    println!("rot13: {}", r);
    println!("rot13 twice: {}", rot13_bytes(&r));
    println!("rot13 == caesar 13: {}", r == encrypt(plain, 13));
    let secret = encrypt("the attack starts at dawn near the river", 7);
    let (key, guess) = crack(&secret);
    println!("cracked key {} -> {}", key, guess);
    println!("non-ascii kept: {}", encrypt("Zürich ÿ", 2));
}
