// Caesar and Vigenere ciphers on chars, round-tripped, with byte/char arithmetic.
fn shift(c: char, k: u8) -> char {
    match c {
        'a'..='z' => ((c as u8 - b'a' + k) % 26 + b'a') as char,
        'A'..='Z' => ((c as u8 - b'A' + k) % 26 + b'A') as char,
        _ => c,
    }
}

fn caesar(s: &str, k: u8) -> String {
    s.chars().map(|c| shift(c, k)).collect()
}

fn vigenere(s: &str, key: &str, decrypt: bool) -> String {
    let ks: Vec<u8> = key.bytes().map(|b| b.to_ascii_lowercase() - b'a').collect();
    let mut i = 0;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphabetic() {
            let k = ks[i % ks.len()];
            out.push(shift(c, if decrypt { 26 - k } else { k }));
            i += 1;
        } else {
            out.push(c);
        }
    }
    out
}

fn main() {
    let msg = "Attack at Dawn, 6h!";
    let c3 = caesar(msg, 3);
    println!("{}", c3);
    println!("{}", caesar(&c3, 23));
    let v = vigenere(msg, "LEMON", false);
    println!("{}", v);
    println!("{}", vigenere(&v, "LEMON", true));
    let counts = (0..26u8).map(|k| caesar("rust", k)).filter(|s| s.contains('a')).count();
    println!("shifts of 'rust' containing a: {}", counts);
    let rot13_twice = caesar(&caesar("Hello", 13), 13);
    assert_eq!(rot13_twice, "Hello");
    println!("{:?}", "héllo".char_indices().map(|(i, c)| (i, shift(c, 1))).collect::<Vec<_>>());
}
