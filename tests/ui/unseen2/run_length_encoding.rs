// Exercism run-length encoding: encode with a counter over chars, decode by parsing digit runs.
fn encode(input: &str) -> String {
    let mut out = String::new();
    let mut chars = input.chars();
    let mut current = match chars.next() {
        Some(c) => c,
        None => return out,
    };
    let mut count = 1;
    for c in chars {
        if c == current {
            count += 1;
        } else {
            push_run(&mut out, count, current);
            current = c;
            count = 1;
        }
    }
    push_run(&mut out, count, current);
    out
}

fn push_run(out: &mut String, count: usize, c: char) {
    if count > 1 {
        out.push_str(&count.to_string());
    }
    out.push(c);
}

fn decode(input: &str) -> String {
    let mut out = String::new();
    let mut digits = String::new();
    for c in input.chars() {
        if c.is_ascii_digit() {
            digits.push(c);
        } else {
            let n: usize = if digits.is_empty() { 1 } else { digits.parse().unwrap() };
            for _ in 0..n {
                out.push(c);
            }
            digits.clear();
        }
    }
    out
}

fn main() {
    let samples = [
        "",
        "XYZ",
        "AABBBCCCC",
        "WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
        "  hsqq qww  ",
        "aabbbcccc",
    ];
    for s in samples.iter() {
        let e = encode(s);
        let d = decode(&e);
        let ratio = if s.is_empty() { 0.0 } else { e.len() as f64 / s.len() as f64 };
        println!("{:?} -> {:?} ({:.2})", s, e, ratio);
        assert_eq!(&d, s, "round trip failed");
    }
    let decoded = decode("12WB12W3B24WB");
    println!("decoded length {} capacity>=len {}", decoded.len(), decoded.capacity() >= decoded.len());
    println!("{}", decode("3a2 b"));
}
