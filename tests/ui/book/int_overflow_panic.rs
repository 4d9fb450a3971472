// Common concepts: integer types and explicit wrapping/checked ops, then a debug-build overflow panic.
fn sum_u8(values: &[u8]) -> u8 {
    let mut total: u8 = 0;
    for &v in values {
        total += v;
    }
    total
}

fn main() {
    let a: i8 = -128;
    let b: u16 = 65535;
    let c: i64 = -9_000_000_000;
    let d: usize = 1 << 20;
    println!("{a} {b} {c} {d}");
    println!("{:?} {:?}", a.checked_neg(), a.checked_abs());
    println!("{} {}", a.wrapping_neg(), b.wrapping_add(2));
    println!("{:?}", 100u8.overflowing_add(200));
    println!("{} {}", i32::MIN, u64::MAX);
    println!("{:b} {:o} {:x} {:X} {:#x} {:#b}", 10, 64, 255, 255, 255, 5);
    println!("{:>10} | {:<10} | {:^10} |", 42, -42, 7);
    println!("{:+05} {:05}", 42, -42);
    println!("{}", (2u32.pow(10) as f64).sqrt());
    println!("{}", 17 / 5 * 5 + 17 % 5);
    println!("{}", -17 / 5);
    println!("{}", 7.0 / 2.0);
    println!("{}", sum_u8(&[100, 50, 20]));
    println!("{}", sum_u8(&[200, 50, 20]));
}
