// Base64 encoding and decoding by hand: 3-byte chunks to 4 symbols, '=' padding, invalid characters reported by position.
const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn encode(input: &[u8]) -> String {
    let mut out = String::with_capacity((input.len() + 2) / 3 * 4);
    for chunk in input.chunks(3) {
        let b = [chunk[0], *chunk.get(1).unwrap_or(&0), *chunk.get(2).unwrap_or(&0)];
        let n = (b[0] as u32) << 16 | (b[1] as u32) << 8 | b[2] as u32;
        for i in 0..4 {
            if i <= chunk.len() {
                let idx = (n >> (18 - 6 * i)) & 0x3f;
                out.push(ALPHABET[idx as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn value(c: u8) -> Option<u32> {
    ALPHABET.iter().position(|&a| a == c).map(|p| p as u32)
}

fn decode(s: &str) -> Result<Vec<u8>, String> {
    let trimmed = s.trim_end_matches('=');
    let mut out = Vec::new();
    let mut acc = 0u32;
    let mut bits = 0;
    for (i, c) in trimmed.bytes().enumerate() {
        let v = value(c).ok_or_else(|| format!("invalid {:?} at {}", c as char, i))?;
        acc = acc << 6 | v;
        bits += 6;
        if bits >= 8 {
            bits -= 8;
            out.push((acc >> bits) as u8);
            acc &= (1 << bits) - 1;
        }
    }
    Ok(out)
}

fn main() {
    for s in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Many hands make light work.", "héllo"] {
        let e = encode(s.as_bytes());
        let d = decode(&e).unwrap();
        println!("{:<30} {:<40} {}", format!("{:?}", s), e, String::from_utf8(d).unwrap() == s);
    }
    match decode("aGVsbG8*d29ybGQ=") {
        Ok(v) => println!("{:?}", v),
        Err(e) => println!("error: {}", e),
    }
    let bin: Vec<u8> = (0u8..=5).map(|x| x * 50).collect();
    let e = encode(&bin);
    println!("{} -> {:?}", e, decode(&e).unwrap());
}
