// Partial orders: a NaN makes `partial_cmp` None and every `<`/`<=`/`>`/`>=` false, through
// generics, derived PartialOrd (lexicographic, stopping at the unordered field), tuples, Vecs;
// -0.0 and 0.0 compare Equal.
use std::cmp::Ordering;

#[derive(Debug, PartialEq, PartialOrd)]
struct Reading {
    sensor: u8,
    value: f64,
}

fn le<T: PartialOrd>(a: T, b: T) -> bool {
    a <= b
}

fn describe<T: PartialOrd + std::fmt::Debug>(a: &T, b: &T) {
    println!("{:?} vs {:?}: {:?} lt={} le={} gt={} ge={}", a, b, a.partial_cmp(b), a < b, a <= b, a > b, a >= b);
}

fn main() {
    let nan = f64::NAN;
    println!("{} {} {}", le(1.0, nan), le(nan, nan), le(2.0, 3.0));
    describe(&1.0, &nan);
    describe(&-0.0, &0.0);
    describe(&Reading { sensor: 1, value: nan }, &Reading { sensor: 1, value: 2.0 });
    describe(&Reading { sensor: 1, value: nan }, &Reading { sensor: 2, value: 2.0 });
    describe(&(1.0, nan), &(1.0, 5.0));
    describe(&(nan, 1.0), &(2.0, 1.0));
    describe(&vec![1.0, nan], &vec![1.0, 3.0]);
    describe(&vec![1.0, 2.0], &vec![1.0]);
    describe(&Some(nan), &Some(1.0));

    let mut xs = vec![3.5, -1.0, 2.25, 0.0, -0.0];
    xs.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", xs);
    let best = xs.iter().copied().fold(f64::MIN, f64::max);
    println!("{best}");
    let widest = xs.iter().max_by(|a, b| a.abs().partial_cmp(&b.abs()).unwrap_or(Ordering::Equal));
    println!("{:?}", widest);
    let with_nan = [1.0, nan, 0.5];
    let r: Vec<Option<Ordering>> = with_nan.windows(2).map(|w| w[0].partial_cmp(&w[1])).collect();
    println!("{:?}", r);
    let mut sorted = with_nan.to_vec();
    sorted.sort_by(|a, b| a.partial_cmp(b).unwrap());
    println!("{:?}", sorted);
}
