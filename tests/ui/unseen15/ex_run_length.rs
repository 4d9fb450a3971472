// Exercism-style run-length encoding: encode with a peekable iterator counting repeats, decode digits with take_while, round trips
fn encode(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        let mut n = 1;
        while it.peek() == Some(&c) {
            it.next();
            n += 1;
        }
        if n > 1 {
            out.push_str(&n.to_string());
        }
        out.push(c);
    }
    out
}

fn decode(s: &str) -> String {
    let mut out = String::new();
    let mut count = String::new();
    for c in s.chars() {
        if c.is_ascii_digit() {
            count.push(c);
        } else {
            let n: usize = if count.is_empty() { 1 } else { count.parse().unwrap() };
            out.extend(std::iter::repeat(c).take(n));
            count.clear();
        }
    }
    out
}

fn runs(s: &str) -> Vec<(char, usize)> {
    let bytes: Vec<char> = s.chars().collect();
    let mut i = 0;
    let mut result = Vec::new();
    while i < bytes.len() {
        let c = bytes[i];
        let len = bytes[i..].iter().take_while(|&&x| x == c).count();
        result.push((c, len));
        i += len;
    }
    result
}

fn main() {
    let samples = ["", "XYZ", "AABBBCCCC", "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "  hsqq qww  ", "aabbbcccc"];
    for s in samples {
        let e = encode(s);
        let d = decode(&e);
        println!("{:?} -> {:?} ({})", s, e, if d == s { "ok" } else { "MISMATCH" });
    }
    println!("decode 12WB12W3B24WB: {}", decode("12WB12W3B24WB").len());
    let r = runs("aaabccddddd");
    println!("runs: {:?}", r);
    let longest = r.iter().max_by_key(|&&(_, n)| n).unwrap();
    println!("longest run: {} x{}", longest.0, longest.1);
    let ratio = encode(samples[3]).len() as f64 / samples[3].len() as f64;
    println!("compression: {:.3}", ratio);
}
