// Run-length encoding and decoding with String::with_capacity, push, write! into a String and parse errors.
use std::fmt::Write;

fn encode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        let mut n = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            n += 1;
        }
        if n > 1 {
            write!(out, "{}", n).unwrap();
        }
        out.push(c);
    }
    out
}

fn decode(s: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut count = String::new();
    for (i, c) in s.char_indices() {
        if c.is_ascii_digit() {
            count.push(c);
        } else {
            let n: usize = if count.is_empty() {
                1
            } else {
                count.parse().map_err(|e| format!("bad count at {}: {}", i, e))?
            };
            for _ in 0..n {
                out.push(c);
            }
            count.clear();
        }
    }
    if !count.is_empty() {
        return Err(format!("dangling count {:?}", count));
    }
    Ok(out)
}

fn main() {
    let samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aabcccccaaa", "", "xyz", "ééé  !!", "aaaaaaaaaaaa"];
    for s in samples.iter() {
        let e = encode(s);
        let d = decode(&e).unwrap();
        let ratio = if s.is_empty() { 0.0 } else { e.len() as f64 / s.len() as f64 };
        println!("{:>3} -> {:>3} bytes ({:.2}) {:?} ok={}", s.len(), e.len(), ratio, e, d == *s);
    }
    for bad in ["3a2", "12", "2x10y"] {
        match decode(bad) {
            Ok(s) => println!("decode({:?}) = {:?}", bad, s),
            Err(e) => println!("decode({:?}) failed: {}", bad, e),
        }
    }
    let mut report = String::new();
    for (i, s) in ["aaab", "abbb"].iter().enumerate() {
        writeln!(report, "{}: {} => {}", i, s, encode(s)).unwrap();
    }
    print!("{}", report);
}
