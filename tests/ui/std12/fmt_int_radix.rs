// Integer formatting in radixes: {:x}/{:X}/{:#x}/{:#010b}/{:o} on signed negatives, widths from arguments, {:+}, {:^}.
fn main() {
    for v in [0i32, 1, 255, -1, -256, i32::MAX, i32::MIN] {
        println!("{:>11} x={:x} X={:X} #x={:#x} o={:o} b={:b}", v, v, v, v, v, v);
    }
    println!("[{:#010b}] [{:#06x}] [{:#o}] [{:010}] [{:<#8x}|]", 5u8, 255u16, 8u32, -42i32, 31);
    println!("[{:+}] [{:+05}] [{:+}] [{:^7}] [{:^+7}]", 5, 5, -5, 42, 42);
    println!("{:x} {:x} {:b}", u64::MAX, -1i8, -1i8);
    println!("{:X} {:o}", 0xdead_beefu32, u16::MAX);
    println!("{:x}", u128::MAX);
    println!("{:x?} {:X?} {:#x?}", [10, 11, 255], vec![171u8, 205], (15, 16));
    let w = 12;
    println!("[{:>w$}] [{:<1$}] [{:^width$}] [{:0>5}]", 7, 6, 99, 3, w = w, width = 8);
    println!("[{:08.3}]", 12);
    let bytes = [0xdeu8, 0xad, 0x00, 0x0f];
    let hex: String = bytes.iter().map(|b| format!("{:02x}", b)).collect();
    println!("{} cap {}", hex, hex.capacity());
    let bits: Vec<String> = (0..4u8).map(|n| format!("{:03b}", n)).collect();
    println!("{}", bits.join(" "));
    println!("{:e} {:E}", 1234567u32, 1000i64);
    println!("{:5}|{:<5}|{:>5}|{:^5}|", 'c', 'c', true, "ab");
    println!("{:.2}|{:5.1}|{:>6.3}|", "abcdef", "xyz", "truncated");
}
