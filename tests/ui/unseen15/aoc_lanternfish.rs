// Advent-style lanternfish: timers counted in a [u64; 9] array, rotate_left per day, u64 growth and checked multiplication
const TIMERS: &str = "3,4,3,1,2";

fn census(input: &str) -> [u64; 9] {
    let mut counts = [0u64; 9];
    for t in input.trim().split(',') {
        let t: usize = t.parse().expect("timer");
        counts[t] += 1;
    }
    counts
}

fn simulate(mut counts: [u64; 9], days: u32) -> [u64; 9] {
    for _ in 0..days {
        counts.rotate_left(1);
        counts[6] += counts[8];
    }
    counts
}

fn naive(input: &str, days: u32) -> usize {
    let mut fish: Vec<u8> = input.split(',').map(|t| t.parse().unwrap()).collect();
    for _ in 0..days {
        let newborn = fish.iter().filter(|&&t| t == 0).count();
        for t in fish.iter_mut() {
            *t = if *t == 0 { 6 } else { *t - 1 };
        }
        fish.extend(std::iter::repeat(8).take(newborn));
    }
    fish.len()
}

fn main() {
    let start = census(TIMERS);
    println!("start: {:?}", start);
    for days in [1u32, 2, 18, 80, 256] {
        let counts = simulate(start, days);
        let total: u64 = counts.iter().sum();
        println!("after {days:>3} days: {total}");
    }
    println!("naive 18 days: {}", naive(TIMERS, 18));
    let after = simulate(start, 256);
    println!("oldest cohort: {}", after[0]);
    let big = after.iter().fold(1u64, |acc, &c| acc.checked_mul(c.max(1)).unwrap_or(u64::MAX));
    println!("product (saturating at u64::MAX): {big}");
    let ratio = simulate(start, 81).iter().sum::<u64>() as f64 / simulate(start, 80).iter().sum::<u64>() as f64;
    println!("growth per day around day 80: {ratio:.4}");
}
