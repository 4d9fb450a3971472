// from_str_radix in bases 2..36 with signs and errors, formatting back with {:b}/{:o}/{:x}/{:X} and padding, to_string lengths and capacities.
fn main() {
    let inputs = [("ff", 16), ("-ff", 16), ("+101", 2), ("777", 8), ("zz", 36), ("Zz", 36), ("12", 2), ("", 10), ("-", 10), ("80", 16)];
    for (s, r) in inputs {
        println!("{:?} base {:>2}: {:?} {:?}", s, r, i32::from_str_radix(s, r), i8::from_str_radix(s, r));
    }
    println!("{:?} {:?}", u8::from_str_radix("-0", 10), u8::from_str_radix("256", 10));
    println!("{:?}", u64::from_str_radix("ffffffffffffffff", 16));
    for n in [0i32, 5, -5, 255, 1234567] {
        println!("[{:b}] [{:o}] [{:x}] [{:X}] [{:#010x}] [{:>8}] [{:<8}] [{:^8}] [{:+}]", n, n, n, n, n, n, n, n, n);
    }
    for n in [0u64, 9, 10, 99, 100, u64::MAX] {
        let s = n.to_string();
        println!("{} len {} cap {}", s, s.len(), s.capacity());
    }
    for n in [-1i8, i8::MIN, 0] {
        let s = n.to_string();
        println!("{} len {} cap {}", s, s.len(), s.capacity());
    }
    let parsed: Vec<u16> = "10 0x1f 077 0b11".split(' ').map(|t| {
        if let Some(h) = t.strip_prefix("0x") { u16::from_str_radix(h, 16).unwrap() }
        else if let Some(b) = t.strip_prefix("0b") { u16::from_str_radix(b, 2).unwrap() }
        else if let Some(o) = t.strip_prefix('0') { u16::from_str_radix(o, 8).unwrap() }
        else { t.parse().unwrap() }
    }).collect();
    println!("{:?}", parsed);
}
