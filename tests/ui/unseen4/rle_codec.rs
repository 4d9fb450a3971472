// Run-length encoding and decoding of strings with chars, peekable and String building.
fn encode(input: &str) -> String {
    let mut out = String::new();
    let mut chars = input.chars().peekable();
    while let Some(c) = chars.next() {
        let mut n = 1;
        while chars.peek() == Some(&c) {
            chars.next();
            n += 1;
        }
        if n > 1 {
            out.push_str(&n.to_string());
        }
        out.push(c);
    }
    out
}

fn decode(input: &str) -> Result<String, String> {
    let mut out = String::new();
    let mut count = String::new();
    for c in input.chars() {
        if c.is_ascii_digit() {
            count.push(c);
        } else {
            let n = if count.is_empty() { 1 } else { count.parse::<usize>().map_err(|e| e.to_string())? };
            for _ in 0..n {
                out.push(c);
            }
            count.clear();
        }
    }
    if !count.is_empty() {
        return Err(format!("dangling count {}", count));
    }
    Ok(out)
}

fn main() {
    let samples = ["WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWB", "abc", "", "aabbbcccc", "  hello  ", "ééé€"];
    for s in samples.iter() {
        let e = encode(s);
        let d = decode(&e).unwrap();
        println!("{:?} -> {:?} ({} -> {} bytes) ok={}", s, e, s.len(), e.len(), d == *s);
    }
    println!("{:?}", decode("3a2b"));
    println!("{:?}", decode("12"));
    let ratio: Vec<String> = samples
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| format!("{:.2}", encode(s).len() as f32 / s.len() as f32))
        .collect();
    println!("ratios: {}", ratio.join(" "));
    let mut capacity_probe = String::with_capacity(4);
    capacity_probe.push_str(&encode("xxxxxyyyz"));
    println!("{} len={} cap={}", capacity_probe, capacity_probe.len(), capacity_probe.capacity());
}
