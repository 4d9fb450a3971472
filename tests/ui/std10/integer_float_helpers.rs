// integer helpers
fn main() {
    let a: u8 = 250;
    println!("{:?} {:?}", a.checked_add(10), a.checked_sub(1));
    println!("{} {}", a.wrapping_add(10), a.saturating_add(10));
    println!("{}", (-7i32).rem_euclid(3));
    println!("{}", 7i32.pow(3));
    println!("{} {}", 40u32.leading_zeros(), 40u32.trailing_zeros());
    println!("{}", 10u32.abs_diff(25));
    println!("{}", i64::MAX);
    println!("{}", (-5i32).signum());
    println!("{}", 0b1011u8.count_ones());
    println!("{:08b} {:x} {:X} {:o} {:#x}", 37u8, 255, 255, 8, 255);
    println!("{}", u64::from(3u8) + 1);
    println!("{:?}", "42".parse::<u8>());
    println!("{:?}", "-1".parse::<u8>().is_err());
    println!("{:?}", i32::try_from(300u64));
    println!("{:?}", u8::try_from(300i32).is_err());
    println!("{}", 17 / 5 * 5 + 17 % 5);
    println!("{}", 2f64.powi(10));
    println!("{:.3} {:>8.2}| {:<6}| {:^7}|", 3.14159, 2.5, 1.5, "mid");
    println!("{}", (2.0f64).sqrt());
    println!("{}", 1e21);
    println!("{}", 0.1 + 0.2);
    println!("{:?} {:?}", 1.0f64, 1.5f32);
    println!("{}", f64::MAX);
    println!("{}", (7.5f64).floor() as i32);
    println!("{}", i32::MIN.wrapping_abs());
    println!("{:?}", 5u32.checked_div(0));
    println!("{}", 255u8 as i8);
    println!("{}", -1i32 as u32);
    println!("{}", 3.99f64 as u8);
    println!("{}", u32::MAX.count_zeros());
    println!("{}", 1u64 << 40);
    println!("{:+}", 5);
    println!("{:e}", 1234.5f64);
}
