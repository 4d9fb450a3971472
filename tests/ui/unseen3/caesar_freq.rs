// Bytes and chars: a Caesar cipher over ASCII letters, letter frequencies in an array, String::from_utf8 and char methods.
fn shift(c: char, k: u8) -> char {
    if c.is_ascii_lowercase() {
        (((c as u8 - b'a' + k) % 26) + b'a') as char
    } else if c.is_ascii_uppercase() {
        (((c as u8 - b'A' + k) % 26) + b'A') as char
    } else {
        c
    }
}

fn encrypt(text: &str, k: u8) -> String {
    text.chars().map(|c| shift(c, k % 26)).collect()
}

fn frequencies(text: &str) -> [usize; 26] {
    let mut counts = [0usize; 26];
    for b in text.bytes() {
        if b.is_ascii_alphabetic() {
            counts[(b.to_ascii_lowercase() - b'a') as usize] += 1;
        }
    }
    counts
}

fn crack(cipher: &str) -> u8 {
    let f = frequencies(cipher);
    let most = (0..26).max_by_key(|&i| (f[i], std::cmp::Reverse(i))).unwrap();
    ((most + 26 - 4) % 26) as u8
}

fn main() {
    let plain = "Meet me near the tree at seven, bring the green key!";
    let secret = encrypt(plain, 3);
    println!("{secret}");
    println!("{}", encrypt(&secret, 23));
    let k = crack(&secret);
    println!("guessed key {k}: {}", encrypt(&secret, 26 - k));

    let f = frequencies(plain);
    let top: Vec<String> = f
        .iter()
        .enumerate()
        .filter(|&(_, &n)| n >= 3)
        .map(|(i, n)| format!("{}={}", (b'a' + i as u8) as char, n))
        .collect();
    println!("{}", top.join(" "));

    let bytes = vec![72, 105, 33];
    match String::from_utf8(bytes) {
        Ok(s) => println!("decoded {s}"),
        Err(e) => println!("bad {e}"),
    }
    let bad = vec![0xff, 0x41];
    println!("invalid ok? {}", String::from_utf8(bad).is_ok());
    let digits: u32 = "a1b2c3".chars().filter_map(|c| c.to_digit(10)).sum();
    println!("digit sum {digits}");
    println!("{:?}", std::char::from_digit(7, 10));
    println!("{:?}", 'F'.to_digit(16));
    let s = "Hello, Wörld";
    println!("{} {} {}", s.to_lowercase(), s.is_ascii(), s.chars().rev().collect::<String>());
    let mut chars: Vec<char> = "stressed".chars().collect();
    chars.sort();
    chars.dedup();
    println!("{}", chars.into_iter().collect::<String>());
    println!("{}", 'ß'.is_alphabetic() && '9'.is_numeric() && ' '.is_whitespace());
    println!("{:?}", "ab".as_bytes());
    println!("{}", b'z' - b'a');
}
