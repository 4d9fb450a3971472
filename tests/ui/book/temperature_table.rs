// Common concepts: functions, float formatting with precision and width, while loops, casts.
fn c_to_f(c: f64) -> f64 {
    c * 9.0 / 5.0 + 32.0
}

fn fib(n: u32) -> u64 {
    let (mut a, mut b) = (0u64, 1u64);
    for _ in 0..n {
        let t = a + b;
        a = b;
        b = t;
    }
    a
}

fn main() {
    let mut c = -10.0;
    while c <= 40.0 {
        println!("{:>6.1}C = {:>6.1}F", c, c_to_f(c));
        c += 12.5;
    }
    let fibs: Vec<u64> = (0..15).map(fib).collect();
    println!("{:?}", fibs);
    let big = fib(90);
    println!("fib(90) = {big}");
    let x = 300i32;
    println!("{} {} {}", x as u8, -1i32 as u32, 3.99f64 as i32);
    println!("{} {}", (-7i32).rem_euclid(3), -7 % 3);
    println!("{:.3} {:e}", std::f64::consts::PI, 1234.5f64);
    let ch = 'z';
    println!("{} {}", ch as u32, (ch as u8 - 25) as char);
    let mut total: i64 = 0;
    for i in 1..=100 {
        if i % 3 == 0 || i % 5 == 0 {
            total += i;
        }
    }
    println!("total = {total}");
    let t = if total > 2000 { "big" } else { "small" };
    println!("{t}");
    println!("{:08.3}|{:+}|{:<5}|{:^7}|", 3.14159, 42, "ab", "mid");
    println!("{}", u8::MAX as u16 + 1);
    println!("{} {}", i32::MAX.wrapping_add(1), 200u8.checked_add(100).is_none());
    println!("{:?} {:?}", 5u8.checked_sub(6), 250u8.saturating_add(10));
}
