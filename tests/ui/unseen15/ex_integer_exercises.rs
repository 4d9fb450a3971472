// Exercism-style number exercises: Collatz with checked_mul, Armstrong numbers, perfect-number classification, allergies as bit flags, saturating and wrapping ops
use std::cmp::Ordering;

fn collatz(n: u64) -> Option<u64> {
    if n == 0 {
        return None;
    }
    let mut n = n;
    let mut steps = 0;
    while n != 1 {
        n = if n % 2 == 0 { n / 2 } else { n.checked_mul(3)?.checked_add(1)? };
        steps += 1;
    }
    Some(steps)
}

fn is_armstrong(n: u32) -> bool {
    let digits: Vec<u64> = n.to_string().bytes().map(|b| (b - b'0') as u64).collect();
    let k = digits.len() as u32;
    digits.iter().map(|d| d.pow(k)).sum::<u64>() == n as u64
}

#[derive(Debug, PartialEq)]
enum Classification {
    Abundant,
    Perfect,
    Deficient,
}

fn classify(n: u64) -> Option<Classification> {
    if n == 0 {
        return None;
    }
    let aliquot: u64 = (1..=n / 2).filter(|d| n % d == 0).sum();
    Some(match aliquot.cmp(&n) {
        Ordering::Greater => Classification::Abundant,
        Ordering::Equal => Classification::Perfect,
        Ordering::Less => Classification::Deficient,
    })
}

const ALLERGENS: [&str; 8] = ["eggs", "peanuts", "shellfish", "strawberries", "tomatoes", "chocolate", "pollen", "cats"];

fn allergies(score: u32) -> Vec<&'static str> {
    ALLERGENS.iter().enumerate().filter(|&(i, _)| score & (1 << i) != 0).map(|(_, a)| *a).collect()
}

fn main() {
    for n in [0u64, 1, 12, 27, 1_000_000] {
        println!("collatz({n}) = {:?}", collatz(n));
    }
    println!("huge: {:?}", collatz(u64::MAX / 2));
    let armstrong: Vec<u32> = (1..1000).filter(|&n| is_armstrong(n)).collect();
    println!("armstrong below 1000: {:?}", armstrong);
    for n in [6u64, 12, 13, 28, 33550336 / 1024] {
        println!("{n} is {:?}", classify(n));
    }
    for score in [0u32, 1, 5, 34, 255, 509] {
        println!("allergies({score}): {:?}", allergies(score));
    }
    let small: u8 = 250;
    println!("saturating {} wrapping {} checked {:?}", small.saturating_add(10), small.wrapping_add(10), small.checked_add(10));
    let neg: i8 = -128;
    println!("abs {:?} wrapping_abs {} unsigned_abs {}", neg.checked_abs(), neg.wrapping_abs(), neg.unsigned_abs());
    let big: i64 = -3_000_000_000;
    println!("as i32 {} try_from {:?} as u64 {}", big as i32, i32::try_from(big).is_err(), big as u64);
    println!("pow {:?} {:?}", 3u32.checked_pow(20), 3u32.checked_pow(21));
    println!("bits: {} {} {}", 40u32.count_ones(), 40u32.trailing_zeros(), 1u16.rotate_right(1));
}
