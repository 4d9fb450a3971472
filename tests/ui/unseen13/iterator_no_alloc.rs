// Iterator pipelines compute without allocating; only collect allocates (the heap figures show it).
fn mean(values: &[i32]) -> f64 {
    let (sum, n) = values.iter().fold((0_i64, 0_usize), |(s, n), &v| (s + v as i64, n + 1));
    sum as f64 / n as f64
}

fn main() {
    let readings = [12, -3, 45, 7, -8, 30, 22, 0, 15];
    let positives = readings.iter().filter(|&&r| r > 0).count();
    let sum_sq: i64 = readings.iter().map(|&r| (r as i64) * (r as i64)).sum();
    let max = readings.iter().copied().max().unwrap();
    let first_big = readings.iter().position(|&r| r > 40);
    println!("positives {} sum of squares {} max {} first big at {:?}", positives, sum_sq, max, first_big);
    let any_zero = readings.iter().any(|&r| r == 0);
    let all_small = readings.iter().all(|&r| r < 100);
    println!("any zero {} all small {}", any_zero, all_small);
    let (evens, odds) = readings.iter().fold((0, 0), |(e, o), &r| if r % 2 == 0 { (e + 1, o) } else { (e, o + 1) });
    println!("evens {} odds {}", evens, odds);
    let text = "le tas et la pile sont deux zones";
    let words = text.split_whitespace().count();
    let longest = text.split_whitespace().max_by_key(|w| w.len()).unwrap();
    println!("{} words, longest {}", words, longest);
    let windows_up = readings.windows(2).filter(|w| w[1] > w[0]).count();
    println!("increases {}", windows_up);
    let pairs: usize = readings.iter().zip(readings.iter().skip(1)).filter(|(a, b)| a < b).count();
    println!("pairs {}", pairs);
    let collected: Vec<i32> = readings.iter().rev().take(3).cloned().collect();
    println!("collected {:?} cap {}", collected, collected.capacity());
    let chained: i32 = readings[..2].iter().chain(readings[7..].iter()).sum();
    println!("chained {}", chained);
    println!("mean {:.3}", mean(&readings));
    let steps: Vec<usize> = (0..20).step_by(5).collect();
    println!("steps {:?}", steps);
}
