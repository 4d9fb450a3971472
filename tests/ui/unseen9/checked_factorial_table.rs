// Factorials, powers and binomials with checked arithmetic returning Option, printed until each integer type overflows.
fn factorial_u32(n: u32) -> Option<u32> {
    (1..=n).try_fold(1u32, |acc, k| acc.checked_mul(k))
}

fn factorial_u64(n: u64) -> Option<u64> {
    let mut acc: u64 = 1;
    for k in 2..=n {
        acc = acc.checked_mul(k)?;
    }
    Some(acc)
}

fn binomial(n: u64, k: u64) -> Option<u64> {
    let k = k.min(n - k);
    let mut result: u64 = 1;
    for i in 0..k {
        result = result.checked_mul(n - i)? / (i + 1);
    }
    Some(result)
}

fn main() {
    let mut n = 0;
    while let Some(f) = factorial_u32(n) {
        if n % 4 == 0 {
            println!("{:>2}! = {}", n, f);
        }
        n += 1;
    }
    println!("u32 overflows at {}!", n);
    let last_ok = (0..30u64).take_while(|&k| factorial_u64(k).is_some()).last().unwrap();
    println!("largest u64 factorial: {}! = {}", last_ok, factorial_u64(last_ok).unwrap());
    let powers: Vec<String> = (0..12)
        .map(|e| match 7i32.checked_pow(e) {
            Some(p) => p.to_string(),
            None => "overflow".to_string(),
        })
        .collect();
    println!("7^0..7^11: {}", powers.join(", "));
    for (n, k) in [(10, 3), (52, 5), (60, 30), (67, 33), (70, 35)] {
        match binomial(n, k) {
            Some(b) => println!("C({}, {}) = {}", n, k, b),
            None => println!("C({}, {}) overflows", n, k),
        }
    }
    let sat = u8::MAX.saturating_add(10);
    let wrap = 250u8.wrapping_add(10);
    let (val, over) = 200u8.overflowing_mul(2);
    println!("saturating {} wrapping {} overflowing ({}, {})", sat, wrap, val, over);
    println!("i16 range {}..={}, abs of MIN checked: {:?}", i16::MIN, i16::MAX, i16::MIN.checked_abs());
    println!("-7 / 2 = {}, -7 % 2 = {}, rem_euclid = {}, div_euclid = {}", -7 / 2, -7 % 2, (-7i32).rem_euclid(2), (-7i32).div_euclid(2));
}
