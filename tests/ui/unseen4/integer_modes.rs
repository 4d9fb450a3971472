// Integer arithmetic modes: checked, wrapping, saturating, overflowing, casts, bit tricks; overflow panic at the end.
fn collatz_len(mut n: u64) -> u32 {
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { 3 * n + 1 };
        steps += 1;
    }
    steps
}

fn digits_rev(mut n: u32) -> Vec<u8> {
    let mut out = vec![];
    loop {
        out.push((n % 10) as u8);
        n /= 10;
        if n == 0 {
            break out;
        }
    }
}

fn main() {
    let a: u8 = 250;
    println!("{:?} {:?}", a.checked_add(5), a.checked_add(6));
    println!("{} {}", a.wrapping_add(10), a.saturating_add(10));
    println!("{:?}", a.overflowing_add(10));
    let b: i8 = -128;
    println!("{:?} {} {}", b.checked_neg(), b.wrapping_neg(), b.saturating_sub(1));
    println!("{} {} {}", b.abs_diff(127), (-7i32).rem_euclid(3), -7 % 3);
    println!("{} {} {}", 300i32 as u8, -1i32 as u32, 3.99f64 as i32);
    println!("{} {} {}", -3.5f32 as u8, 1e10 as i32, u8::MAX as i8);
    println!("{} {}", i64::MAX, u32::MAX);
    let x: u32 = 0b1011_0000;
    println!("{} {} {} {}", x.count_ones(), x.leading_zeros(), x.trailing_zeros(), x.is_power_of_two());
    println!("{:#b} {:#o} {:#x} {:08b}", x, x, x, 5u8);
    println!("{} {}", 1u64 << 40, 0xFFu8 >> 3);
    println!("{}", 2i32.pow(10) + 10i32.pow(3));
    let best = (1..30u64).max_by_key(|&n| collatz_len(n)).unwrap();
    println!("longest collatz under 30: {} ({} steps)", best, collatz_len(best));
    println!("{:?}", digits_rev(90210));
    let sum: u8 = [100u8, 100, 50].iter().fold(0u8, |acc, &v| acc.saturating_add(v));
    println!("saturated sum {}", sum);
    let mut acc: u8 = 1;
    for i in 1..=10u8 {
        acc = acc.wrapping_mul(i);
    }
    println!("wrapping 10! mod 256 = {}", acc);
    let mut total: i16 = 32000;
    for step in [500, 200, 100] {
        println!("adding {step}");
        total += step;
        println!("total {total}");
    }
}
