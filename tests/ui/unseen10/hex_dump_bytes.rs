// Prints a hex dump of a byte buffer: chunks(8) per row, {:02x} bytes, printable ASCII on the right.
fn hex_row(offset: usize, chunk: &[u8]) -> String {
    let mut hex = String::new();
    for (i, b) in chunk.iter().enumerate() {
        if i == 4 {
            hex.push(' ');
        }
        hex.push_str(&format!("{:02x} ", b));
    }
    let ascii: String = chunk
        .iter()
        .map(|&b| if b.is_ascii_graphic() || b == b' ' { b as char } else { '.' })
        .collect();
    format!("{:08x}  {:<25} |{}|", offset, hex, ascii)
}

fn checksum(data: &[u8]) -> u8 {
    data.iter().fold(0u8, |acc, &b| acc.wrapping_add(b))
}

fn main() {
    let mut data: Vec<u8> = b"PNG\r\n\x1a\nIHDR".to_vec();
    data.extend_from_slice(&[0, 0, 1, 0, 255, 128]);
    data.extend("héllo".bytes());
    for (row, chunk) in data.chunks(8).enumerate() {
        println!("{}", hex_row(row * 8, chunk));
    }
    println!("{} bytes, checksum {:#04x}", data.len(), checksum(&data));
    let high = data.iter().filter(|&&b| b >= 0x80).count();
    println!("bytes >= 0x80: {}, zero bytes: {}", high, data.iter().filter(|&&b| b == 0).count());
    let word = u32::from_be_bytes([data[8], data[9], data[10], data[11]]);
    println!("chunk tag as u32: {:#x} ({})", word, word);
    println!("{:?}", String::from_utf8_lossy(&data[data.len() - 6..]));
}
