// A hexdump -C clone: 16 bytes per row from chunks(), {:08x} offsets, {:02x} bytes, an ASCII column, and a hex parser back.
fn dump(data: &[u8]) -> String {
    let mut out = String::new();
    for (row, chunk) in data.chunks(16).enumerate() {
        out.push_str(&format!("{:08x}  ", row * 16));
        for i in 0..16 {
            match chunk.get(i) {
                Some(b) => out.push_str(&format!("{:02x} ", b)),
                None => out.push_str("   "),
            }
            if i == 7 {
                out.push(' ');
            }
        }
        out.push_str(" |");
        for &b in chunk {
            out.push(if b.is_ascii_graphic() || b == b' ' { b as char } else { '.' });
        }
        out.push_str("|\n");
    }
    out.push_str(&format!("{:08x}\n", data.len()));
    out
}

fn parse_hex(s: &str) -> Result<Vec<u8>, String> {
    let clean: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if clean.len() % 2 != 0 {
        return Err(format!("odd number of digits: {}", clean.len()));
    }
    (0..clean.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&clean[i..i + 2], 16).map_err(|e| format!("at {}: {}", i, e)))
        .collect()
}

fn main() {
    let text = "Hello, hexdump!\nTabs\tand bytes: \u{e9}\u{1F600} end.";
    print!("{}", dump(text.as_bytes()));
    let bytes = parse_hex("48 65 6c 6c 6f 0a ff 00").unwrap();
    print!("{}", dump(&bytes));
    println!("{:?}", parse_hex("abc"));
    println!("{:?}", parse_hex("zz11"));
    let back = String::from_utf8_lossy(&bytes[..5]);
    println!("{}", back);
    let hex: String = "Rust".bytes().map(|b| format!("{:02X}", b)).collect();
    println!("{}", hex);
}
