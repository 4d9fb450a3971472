// Integer overflow methods: checked, wrapping, saturating and overflowing arithmetic on several widths
fn checked_factorial(n: u32) -> Option<u32> {
    (1..=n).try_fold(1u32, |acc, k| acc.checked_mul(k))
}

fn main() {
    let a: u8 = 250;
    println!("checked_add: {:?} {:?}", a.checked_add(5), a.checked_add(6));
    println!("wrapping_add: {}", a.wrapping_add(10));
    println!("saturating_add: {}", a.saturating_add(10));
    println!("overflowing_add: {:?}", a.overflowing_add(10));

    let b: i8 = -120;
    println!("i8 checked_sub: {:?}", b.checked_sub(10));
    println!("i8 wrapping_sub: {}", b.wrapping_sub(10));
    println!("i8 saturating_sub: {}", b.saturating_sub(10));
    println!("i8 wrapping_neg of MIN: {}", i8::MIN.wrapping_neg());
    println!("i8 checked_abs of MIN: {:?}", i8::MIN.checked_abs());
    println!("i8 overflowing_mul: {:?}", b.overflowing_mul(2));

    let big: u32 = u32::MAX - 3;
    println!("u32 wrapping_mul: {}", big.wrapping_mul(3));
    println!("u32 saturating_mul: {}", big.saturating_mul(3));
    println!("u32 checked_div by 0: {:?}", big.checked_div(0));
    println!("u32 checked_rem: {:?}", big.checked_rem(7));
    println!("u16 wrapping_shl: {}", 1u16.wrapping_shl(17));
    println!("i32 checked_pow: {:?} {:?}", 3i32.checked_pow(19), 3i32.checked_pow(20));
    println!("i64 saturating_pow: {}", 10i64.saturating_pow(30));

    for n in [5, 12, 13, 20] {
        match checked_factorial(n) {
            Some(f) => println!("{}! = {}", n, f),
            None => println!("{}! overflows u32", n),
        }
    }

    let mut counter: u8 = 0;
    let mut wraps = 0;
    for _ in 0..600 {
        let (next, overflowed) = counter.overflowing_add(1);
        counter = next;
        if overflowed {
            wraps += 1;
        }
    }
    println!("counter = {}, wrapped {} times", counter, wraps);
    let total: u16 = [60000u16, 5000, 700].iter().fold(0u16, |acc, &x| acc.saturating_add(x));
    println!("saturated total: {}", total);
    println!("abs_diff: {} {}", 3u8.abs_diff(250), (-100i32).abs_diff(100));
}
