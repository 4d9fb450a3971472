// iter::successors, from_fn with state, once/empty chained, repeat_n, zip of three via nested zip, chars().rev().enumerate(), sum of lengths.
use std::iter;

fn main() {
    let pows: Vec<u32> = iter::successors(Some(1u32), |&x| x.checked_mul(10)).collect();
    println!("{:?}", pows);
    let collatz: Vec<u64> = iter::successors(Some(27u64), |&n| if n == 1 { None } else if n % 2 == 0 { Some(n / 2) } else { Some(3 * n + 1) }).collect();
    println!("{} max {:?}", collatz.len(), collatz.iter().max());
    let mut state = (0u32, 1u32);
    let fib: Vec<u32> = iter::from_fn(|| { let r = state.0; state = (state.1, state.0 + state.1); if r > 100 { None } else { Some(r) } }).collect();
    println!("{:?}", fib);
    let framed: Vec<i32> = iter::once(0).chain([1, 2, 3]).chain(iter::empty()).chain(iter::once(9)).collect();
    println!("{:?}", framed);
    let xs: Vec<String> = iter::repeat_n(String::from("ab"), 3).collect();
    println!("{:?}", xs);
    let a = [1, 2, 3];
    let b = ["x", "y", "z"];
    let c = [true, false, true];
    for ((n, s), f) in a.iter().zip(b.iter()).zip(c.iter()) {
        println!("{} {} {}", n, s, f);
    }
    let rev: Vec<(usize, char)> = "abc".chars().rev().enumerate().collect();
    println!("{:?}", rev);
    let total: usize = ["one", "three", "five"].iter().map(|s| s.len()).sum();
    println!("{}", total);
    let mut counter = 0;
    let made = iter::repeat_with(|| { counter += 2; counter }).take(4).collect::<Vec<_>>();
    println!("{:?}", made);
}
