// Caesar and Atbash ciphers: char arithmetic with u8 casts, is_ascii_* tests, char::from, rotation wrap.
fn shift_char(c: char, k: u8) -> char {
    if c.is_ascii_lowercase() {
        (((c as u8 - b'a' + k) % 26) + b'a') as char
    } else if c.is_ascii_uppercase() {
        char::from((c as u8 - b'A' + k) % 26 + b'A')
    } else {
        c
    }
}

fn caesar(text: &str, k: i32) -> String {
    let k = k.rem_euclid(26) as u8;
    text.chars().map(|c| shift_char(c, k)).collect()
}

fn atbash(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut group = 0;
    for c in text.chars().filter(|c| c.is_ascii_alphanumeric()) {
        if group == 5 {
            out.push(' ');
            group = 0;
        }
        let c = c.to_ascii_lowercase();
        out.push(if c.is_ascii_digit() { c } else { (b'z' - (c as u8 - b'a')) as char });
        group += 1;
    }
    out
}

fn letter_frequencies(text: &str) -> [u32; 26] {
    let mut counts = [0; 26];
    for b in text.bytes() {
        if b.is_ascii_alphabetic() {
            counts[(b.to_ascii_lowercase() - b'a') as usize] += 1;
        }
    }
    counts
}

fn crack(cipher: &str) -> i32 {
    let freq = letter_frequencies(cipher);
    let (most, _) = freq.iter().enumerate().max_by_key(|&(i, n)| (*n, 26 - i)).unwrap();
    (most as i32 - 4).rem_euclid(26)
}

fn main() {
    let msg = "The quick brown fox jumps over the lazy dog, then sleeps.";
    for k in [3, 13, -1, 52] {
        let enc = caesar(msg, k);
        println!("k={:>3}: {}", k, enc);
        assert_eq!(caesar(&enc, -k), msg);
    }
    let secret = caesar("meet me near the eastern gate at eleven", 7);
    let guess = crack(&secret);
    println!("cracked key {} -> {}", guess, caesar(&secret, -guess));
    println!("atbash: {}", atbash("Testing, 1 2 3, testing."));
    println!("atbash back: {}", atbash(&atbash("gsvjf rxpyi")));
    let freq = letter_frequencies(msg);
    let top: Vec<String> = freq
        .iter()
        .enumerate()
        .filter(|&(_, &n)| n >= 3)
        .map(|(i, n)| format!("{}:{}", (b'a' + i as u8) as char, n))
        .collect();
    println!("frequent letters {}", top.join(" "));
    println!("{} {} {}", 'a' as u32, char::from_u32(0x263A).is_some(), ('a'..='e').collect::<String>());
    println!("{:?}", char::from_digit(7, 10));
}
