// i128/u128 values: literals with suffixes, MIN/MAX, arithmetic beyond 64 bits, shifts, bit ops, comparisons, size and align.
use std::collections::HashMap;

fn fact(n: u32) -> u128 {
    (1..=n as u128).product()
}

fn main() {
    let a = 170141183460469231731687303715884105727i128;
    let b: u128 = 340282366920938463463374607431768211455;
    println!("{} {} {}", a == i128::MAX, b == u128::MAX, i128::MIN);
    println!("{} {} {}", u128::MIN, i128::BITS, u128::BITS);
    let x: u128 = 18446744073709551615 + 1;
    println!("{} {} {}", x, x * (x - 1), x / 3);
    let y = -(x as i128) * 1_000_000_007;
    println!("{} {} {}", y, y % 97, y / -12345);
    println!("{} {} {}", 1u128 << 100, (1i128 << 126) >> 120, -1i128 >> 100);
    println!("{} {} {}", u128::MAX >> 64, x & 0xffff_0000_0000_0000_0001, (x - 1) ^ u128::MAX);
    println!("{} {}", !0u128, !5i128);
    println!("{} {} {}", x > 5, -(x as i128) < 0, a.max(-a) == a);
    println!("30! = {}", fact(30));
    let total: i128 = [i128::MAX / 4, i128::MAX / 4, -7].iter().sum();
    println!("sum {total}");
    let mut v = vec![x, 3, u128::MAX, 0, x * 2];
    v.sort();
    println!("{:?}", v);
    let mut counts: HashMap<u128, u32> = HashMap::new();
    for k in [x, 1, x, u128::MAX, 1, x] {
        *counts.entry(k).or_insert(0) += 1;
    }
    let mut keys: Vec<_> = counts.iter().collect();
    keys.sort();
    println!("{:?}", keys);
    let n: i128 = -3;
    let label = match n {
        i128::MIN..=-1 => "negative",
        0 => "zero",
        _ => "positive",
    };
    println!("{label}");
    let big = match x {
        0..=18446744073709551615 => "fits in u64",
        _ => "needs 128 bits",
    };
    println!("{big}");
    for k in (x - 2)..=(x + 1) {
        print!("{} ", k);
    }
    println!();
    println!("{} {}", std::mem::size_of::<u128>(), std::mem::align_of::<i128>());
    println!("{} {}", std::mem::size_of::<(u8, u128)>(), std::mem::size_of::<Option<i128>>());
    let mut acc = 1u128;
    acc *= 3;
    acc += x;
    acc -= 2;
    acc <<= 1;
    acc %= 1_000_000_000_000_000_000_000;
    println!("{acc}");
}
