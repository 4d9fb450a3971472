// Run-length encoding with peekable chars and next_if_eq, decoding with char_indices and to_digit, checking round trips.
fn encode(s: &str) -> String {
    let mut out = String::new();
    let mut it = s.chars().peekable();
    while let Some(c) = it.next() {
        let mut n = 1;
        while it.next_if_eq(&c).is_some() { n += 1; }
        if n > 1 { out.push_str(&n.to_string()); }
        out.push(c);
    }
    out
}

fn decode(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut n: u32 = 0;
    for (_, c) in s.char_indices() {
        if let Some(d) = c.to_digit(10) {
            n = n * 10 + d;
        } else {
            let times = if n == 0 { 1 } else { n };
            for _ in 0..times { out.push(c); }
            n = 0;
        }
    }
    out
}

fn main() {
    for s in ["aaabccddddde", "abc", "", "zzzzzzzzzzzzy", "ééé€"] {
        let e = encode(s);
        let d = decode(&e);
        println!("{:?} -> {:?} -> {:?} {} cap {}", s, e, d, d == s, d.capacity());
    }
}
