// Integer arithmetic modes: wrapping, checked, saturating and overflowing ops on several widths.
fn checksum(data: &[u8]) -> u8 {
    data.iter().fold(0u8, |acc, &b| acc.wrapping_add(b))
}

fn hash(text: &str) -> u32 {
    let mut h: u32 = 2166136261;
    for b in text.bytes() {
        h ^= b as u32;
        h = h.wrapping_mul(16777619);
    }
    h
}

fn factorial(n: u32) -> Option<u64> {
    (1..=n as u64).try_fold(1u64, |acc, k| acc.checked_mul(k))
}

fn main() {
    let data = [200u8, 100, 17, 255, 3];
    println!("checksum {}", checksum(&data));
    println!("hash(hello) = {}, hash(\"\") = {}", hash("hello"), hash(""));

    for n in [5, 20, 21, 25] {
        match factorial(n) {
            Some(f) => println!("{}! = {}", n, f),
            None => println!("{}! overflows u64", n),
        }
    }

    let a: i8 = 100;
    let b: i8 = 50;
    println!("checked_add {:?}", a.checked_add(b));
    println!("wrapping_add {}", a.wrapping_add(b));
    println!("saturating_add {}", a.saturating_add(b));
    println!("overflowing_add {:?}", a.overflowing_add(b));
    println!("saturating_sub {}", (-100i8).saturating_sub(b));
    println!("i16 wrapping_neg of MIN {}", i16::MIN.wrapping_neg());
    println!("checked_div by zero {:?}", 7u32.checked_div(0));
    println!("checked_sub {:?} {:?}", 3u16.checked_sub(5), 5u16.checked_sub(3));
    println!("abs_diff {}", 3u8.abs_diff(250));
    println!("pow {} {:?}", 3i32.pow(4), 10u32.checked_pow(10));
    println!("wrapping_shl {}", 1u8.wrapping_shl(9));
    println!("rem_euclid {} {}", (-7i32).rem_euclid(3), -7i32 % 3);
    println!("leading zeros {} trailing {} ones {}", 16u32.leading_zeros(), 16u32.trailing_zeros(), 255u16.count_ones());
    let big: i64 = i32::MAX as i64 + 1;
    println!("as i32 {} try {:?}", big as i32, i32::try_from(big).is_err());
    let mut counter: u8 = 250;
    for _ in 0..10 {
        counter = counter.wrapping_add(1);
    }
    println!("counter wrapped to {}", counter);
    println!("max {} min {} bits {}", u64::MAX, i128::MIN, u32::BITS);
    let total: u8 = data.iter().map(|&x| x / 4).sum();
    println!("sum of quarters {}", total);
}
