// Formatting i128/u128: Display, Debug, hex, octal, binary, exponent, width, fill, sign and alternate forms.
fn main() {
    let m = u128::MAX;
    let n = i128::MIN;
    println!("{} {:?} {}", m, n, -12345678901234567890123i128);
    println!("{:x} {:X} {:#x}", m, 0xdead_beef_0000_0000_0000_0001u128, 255u128);
    println!("{:x} {:#b}", -1i128, 5i128);
    println!("{:o} {:#o}", 1u128 << 100, 8i128);
    println!("{:b}", 1u128 << 127);
    println!("{:e} {:E} {:.3e}", m, n, 123456789u128);
    println!("[{:>45}] [{:<42}] [{:^44}]", m, n, 7u128);
    println!("[{:+}] [{:+}] [{:045}] [{:#034x}]", 5i128, -5i128, n, 1u128);
    println!("[{:*^12}] [{:08b}]", 42u128, 3i128);
    let v: Vec<i128> = vec![-1, 0, 1 << 70];
    println!("{:?} {:x?}", v, v);
    println!("{:#?}", (1u128, -2i128));
    let s = format!("{}", 10u128.pow(30));
    println!("{} has {} digits; {}", s, s.len(), 10u128.pow(30).to_string() == s);
}
