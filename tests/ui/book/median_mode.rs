// Collections: median and mode of a list with a Vec, sorting, and a HashMap of counts.
use std::collections::HashMap;

fn median(v: &[i32]) -> f64 {
    let mut s = v.to_vec();
    s.sort();
    let n = s.len();
    if n % 2 == 0 {
        (s[n / 2 - 1] + s[n / 2]) as f64 / 2.0
    } else {
        s[n / 2] as f64
    }
}

fn mode(v: &[i32]) -> i32 {
    let mut counts = HashMap::new();
    for &x in v {
        *counts.entry(x).or_insert(0) += 1;
    }
    let mut best = (0, i32::MAX);
    for (&k, &c) in &counts {
        if c > best.0 || (c == best.0 && k < best.1) {
            best = (c, k);
        }
    }
    best.1
}

fn main() {
    let data = vec![3, 7, 1, 7, 9, 3, 7, 2, 8, 3];
    println!("median {}", median(&data));
    println!("mode {}", mode(&data));
    println!("median odd {}", median(&[5, 1, 3]));
    let mut sorted = data.clone();
    sorted.sort_unstable_by(|a, b| b.cmp(a));
    println!("{:?}", sorted);
    sorted.dedup();
    println!("{:?} len {}", sorted, sorted.len());
    let mean = data.iter().sum::<i32>() as f64 / data.len() as f64;
    println!("mean {:.2}", mean);
    let mut counts: HashMap<i32, usize> = HashMap::new();
    for x in &data {
        *counts.entry(*x).or_default() += 1;
    }
    let mut keys: Vec<_> = counts.keys().copied().collect();
    keys.sort();
    for k in keys {
        println!("{k}: {}", counts[&k]);
    }
    println!("has 9: {} has 4: {}", counts.contains_key(&9), counts.contains_key(&4));
    if let Some(c) = counts.get_mut(&7) {
        *c *= 10;
    }
    println!("7 -> {:?}, 4 -> {:?}", counts.get(&7), counts.get(&4));
    let removed = counts.remove(&1);
    println!("removed {:?}, now {} keys", removed, counts.len());
}
