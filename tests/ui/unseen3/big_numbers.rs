// Big integers the easy way: u64 and u128 factorials and Fibonacci numbers, digit sums and checked overflow.
fn factorial(n: u32) -> Option<u128> {
    let mut acc: u128 = 1;
    for k in 1..=n {
        acc = acc.checked_mul(k as u128)?;
    }
    Some(acc)
}

fn fib(n: u32) -> u128 {
    let (mut a, mut b) = (0u128, 1u128);
    for _ in 0..n {
        let t = a + b;
        a = b;
        b = t;
    }
    a
}

fn digit_sum(mut n: u128) -> u32 {
    let mut s = 0;
    while n > 0 {
        s += (n % 10) as u32;
        n /= 10;
    }
    s
}

fn main() {
    for n in [10, 20, 25, 34, 35] {
        match factorial(n) {
            Some(f) => println!("{n:>2}! = {f} (digit sum {})", digit_sum(f)),
            None => println!("{n:>2}! overflows u128"),
        }
    }
    println!("fib(100) = {}", fib(100));
    println!("fib(185) = {}", fib(185));
    println!("u128::MAX = {}", u128::MAX);
    println!("i128::MIN = {}", i128::MIN);
    let x: i128 = -170141183460469231731687303715884105728;
    println!("{} {:?}", x.wrapping_sub(1), x.checked_neg());
    let big = u64::MAX as u128 * 3;
    println!("{big} {:#x} {}", big, big as u64);
    let parsed: u128 = "123456789012345678901234567890".parse().unwrap();
    println!("{}", parsed / 1_000_000_007);
    println!("{}", parsed % 1_000_000_007);
    println!("{}", (2u128.pow(100) as f64).log2());
    println!("{} bytes", std::mem::size_of::<u128>());
}
