// Chapter 8 exercise: mean, median and mode of a list of integers.
use std::collections::HashMap;

fn mean(v: &[i32]) -> f64 {
    let sum: i32 = v.iter().sum();
    sum as f64 / v.len() as f64
}

fn median(v: &[i32]) -> f64 {
    let mut sorted = v.to_vec();
    sorted.sort();
    let mid = sorted.len() / 2;
    if sorted.len() % 2 == 0 {
        (sorted[mid - 1] + sorted[mid]) as f64 / 2.0
    } else {
        sorted[mid] as f64
    }
}

fn mode(v: &[i32]) -> Option<i32> {
    let mut counts = HashMap::new();
    for &x in v {
        *counts.entry(x).or_insert(0) += 1;
    }
    let mut best: Option<(i32, i32)> = None;
    for (&value, &count) in &counts {
        match best {
            Some((bv, bc)) if bc > count || (bc == count && bv < value) => {}
            _ => best = Some((value, count)),
        }
    }
    best.map(|(v, _)| v)
}

fn main() {
    let data = vec![3, 7, 7, 2, 9, 4, 7, 2, 2, 10];
    println!("mean = {:.2}", mean(&data));
    println!("median = {}", median(&data));
    println!("mode = {:?}", mode(&data));
    let mut v: Vec<i32> = Vec::new();
    for i in 1..=5 {
        v.push(i * i);
    }
    let third: &i32 = &v[2];
    println!("The third element is {third}");
    match v.get(10) {
        Some(x) => println!("got {x}"),
        None => println!("There is no tenth element."),
    }
    for i in &mut v {
        *i += 50;
    }
    println!("{:?} len={} cap={}", v, v.len(), v.capacity());
    let popped = v.pop();
    println!("{:?} {:?}", popped, v);
    v.insert(1, -1);
    v.remove(0);
    println!("{:?} contains 66? {}", v, v.contains(&66));
    println!("{:?}", median(&[]).is_nan());
}
