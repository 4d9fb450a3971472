// Collections: mean, median and mode of a Vec<i32> with sorting and a HashMap of counts.
use std::collections::HashMap;

fn mean(v: &[i32]) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    Some(v.iter().sum::<i32>() as f64 / v.len() as f64)
}

fn median(v: &[i32]) -> Option<f64> {
    if v.is_empty() {
        return None;
    }
    let mut sorted = v.to_vec();
    sorted.sort_unstable();
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 0 {
        Some((sorted[mid - 1] + sorted[mid]) as f64 / 2.0)
    } else {
        Some(sorted[mid] as f64)
    }
}

fn mode(v: &[i32]) -> Option<i32> {
    let mut counts = HashMap::new();
    for &x in v {
        *counts.entry(x).or_insert(0) += 1;
    }
    let mut best: Option<(i32, i32)> = None;
    for (&value, &count) in &counts {
        best = match best {
            None => Some((value, count)),
            Some((bv, bc)) if count > bc || (count == bc && value < bv) => Some((value, count)),
            keep => keep,
        };
    }
    best.map(|(v, _)| v)
}

fn main() {
    let data_sets: Vec<Vec<i32>> = vec![
        vec![3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5],
        vec![10, 20],
        vec![],
        vec![-7, -7, 2, 2, 0],
    ];
    for (i, d) in data_sets.iter().enumerate() {
        println!("set {i}: {:?}", d);
        match (mean(d), median(d), mode(d)) {
            (Some(a), Some(m), Some(o)) => println!("  mean {a:.3} median {m} mode {o}"),
            _ => println!("  empty"),
        }
    }
    let mut v = vec![1, 2, 3];
    v.push(4);
    v.extend([5, 6].iter());
    v.insert(0, 0);
    let popped = v.pop();
    let removed = v.remove(2);
    println!("{:?} popped {:?} removed {removed}", v, popped);
    v.retain(|x| x % 2 == 0);
    println!("evens {:?}", v);
    v.truncate(1);
    println!("truncated {:?} len {} empty {}", v, v.len(), v.is_empty());
    let mut dups = vec![1, 1, 2, 3, 3, 3, 4, 1];
    dups.dedup();
    println!("dedup {:?}", dups);
    let drained: Vec<i32> = dups.drain(1..3).collect();
    println!("drained {:?} left {:?}", drained, dups);
    match dups.get(10) {
        Some(x) => println!("got {x}"),
        None => println!("index 10 is out of range"),
    }
    let mut grid = vec![vec![0; 3]; 2];
    grid[1][2] = 7;
    for row in &mut grid {
        for cell in row.iter_mut() {
            *cell += 1;
        }
    }
    println!("{:?}", grid);
}
