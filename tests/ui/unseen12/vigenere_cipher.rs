// Vigenère and Caesar ciphers over ASCII letters, keeping case and skipping other characters.
fn shift(c: char, by: u8, decrypt: bool) -> char {
    if !c.is_ascii_alphabetic() {
        return c;
    }
    let base = if c.is_ascii_uppercase() { b'A' } else { b'a' };
    let offset = c as u8 - base;
    let moved = if decrypt { (offset + 26 - by) % 26 } else { (offset + by) % 26 };
    (base + moved) as char
}

fn caesar(text: &str, by: u8) -> String {
    text.chars().map(|c| shift(c, by % 26, false)).collect()
}

fn vigenere(text: &str, key: &str, decrypt: bool) -> String {
    let shifts: Vec<u8> = key.bytes().filter(|b| b.is_ascii_alphabetic()).map(|b| b.to_ascii_lowercase() - b'a').collect();
    if shifts.is_empty() {
        return text.to_string();
    }
    let mut i = 0;
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if c.is_ascii_alphabetic() {
            out.push(shift(c, shifts[i % shifts.len()], decrypt));
            i += 1;
        } else {
            out.push(c);
        }
    }
    out
}

fn letter_counts(text: &str) -> [u32; 26] {
    let mut counts = [0; 26];
    for b in text.bytes().filter(u8::is_ascii_alphabetic) {
        counts[(b.to_ascii_lowercase() - b'a') as usize] += 1;
    }
    counts
}

fn main() {
    let plain = "Attack at Dawn! Meet me by the old oak tree.";
    let c3 = caesar(plain, 3);
    println!("caesar 3: {}", c3);
    println!("back:     {}", caesar(&c3, 23));
    let secret = vigenere(plain, "LEMON", false);
    println!("vigenere: {}", secret);
    println!("decrypted: {}", vigenere(&secret, "LEMON", true));
    println!("empty key: {}", vigenere("abc", "123", false));
    let counts = letter_counts(plain);
    let (idx, most) = counts.iter().enumerate().max_by_key(|&(i, n)| (*n, std::cmp::Reverse(i))).unwrap();
    println!("most common letter: {} ({} times)", (b'a' + idx as u8) as char, most);
    let guess = (0..26u8).find(|&k| caesar(&c3, 26 - k) == plain);
    println!("brute-forced caesar key: {:?}", guess);
}
