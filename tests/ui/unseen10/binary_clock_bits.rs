// A binary clock: hours, minutes and seconds shown as bit columns with shifts, masks and count_ones.
fn bits(value: u32, width: u32) -> String {
    (0..width)
        .rev()
        .map(|i| if (value >> i) & 1 == 1 { '●' } else { '○' })
        .collect()
}

fn pack(h: u32, m: u32, s: u32) -> u32 {
    (h << 12) | (m << 6) | s
}

fn unpack(word: u32) -> (u32, u32, u32) {
    ((word >> 12) & 0x1f, (word >> 6) & 0x3f, word & 0x3f)
}

fn main() {
    let times = [(0, 0, 0), (7, 45, 3), (12, 30, 59), (23, 59, 59)];
    for &(h, m, s) in &times {
        let word = pack(h, m, s);
        println!("{:02}:{:02}:{:02} -> {:#07x} {:017b}", h, m, s, word, word);
        println!("  h {}  m {}  s {}", bits(h, 5), bits(m, 6), bits(s, 6));
        println!("  lit: {}, unpacked {:?}", word.count_ones(), unpack(word));
    }
    let mut t = pack(23, 59, 58);
    for _ in 0..3 {
        let (h, m, s) = unpack(t);
        let total = (h * 3600 + m * 60 + s + 1) % 86400;
        t = pack(total / 3600, total / 60 % 60, total % 60);
        let (h, m, s) = unpack(t);
        println!("tick {:02}:{:02}:{:02} (leading zeros {})", h, m, s, t.leading_zeros());
    }
    println!("max word fits in {} bits", 32 - pack(23, 59, 59).leading_zeros());
}
