// Base64 encoding and decoding by hand: chunks(3) of bytes, bit shifts, a lookup table, padding, errors.
const TABLE: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn encode(input: &[u8]) -> String {
    let mut out = String::with_capacity((input.len() + 2) / 3 * 4);
    for chunk in input.chunks(3) {
        let b0 = chunk[0] as u32;
        let b1 = if chunk.len() > 1 { chunk[1] as u32 } else { 0 };
        let b2 = if chunk.len() > 2 { chunk[2] as u32 } else { 0 };
        let triple = (b0 << 16) | (b1 << 8) | b2;
        for i in 0..4 {
            if i <= chunk.len() {
                let idx = (triple >> (18 - 6 * i)) & 0x3f;
                out.push(TABLE[idx as usize] as char);
            } else {
                out.push('=');
            }
        }
    }
    out
}

fn value_of(c: u8) -> Result<u32, String> {
    TABLE
        .iter()
        .position(|&t| t == c)
        .map(|p| p as u32)
        .ok_or_else(|| format!("invalid character {:?}", c as char))
}

fn decode(text: &str) -> Result<Vec<u8>, String> {
    let bytes = text.as_bytes();
    if bytes.len() % 4 != 0 {
        return Err(format!("length {} is not a multiple of 4", bytes.len()));
    }
    let mut out = Vec::new();
    for quad in bytes.chunks(4) {
        let pad = quad.iter().rev().take_while(|&&b| b == b'=').count();
        let mut acc = 0u32;
        for &c in &quad[..4 - pad] {
            acc = (acc << 6) | value_of(c)?;
        }
        acc <<= 6 * pad as u32;
        let produced = [(acc >> 16) as u8, (acc >> 8) as u8, acc as u8];
        out.extend_from_slice(&produced[..3 - pad]);
    }
    Ok(out)
}

fn main() {
    for s in ["", "f", "fo", "foo", "foob", "fooba", "foobar", "Hello, heap!"] {
        let e = encode(s.as_bytes());
        let d = decode(&e).unwrap();
        println!("{:<14} -> {:<18} -> {:?}", format!("{:?}", s), e, String::from_utf8(d).unwrap());
    }
    println!("{:?}", decode("abc"));
    println!("{:?}", decode("ab!d"));
    let raw: Vec<u8> = (250..=255).collect();
    let e = encode(&raw);
    println!("{} {:?}", e, decode(&e));
}
