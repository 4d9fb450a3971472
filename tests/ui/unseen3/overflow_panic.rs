// A panic from arithmetic overflow in a debug build, computed at run time (factorials in u32).
fn factorial(n: u32) -> u32 {
    let mut acc = 1;
    for k in 2..=n {
        acc *= k;
    }
    acc
}

fn average(values: &[u8]) -> u8 {
    let mut sum: u8 = 0;
    for v in values {
        sum = sum.saturating_add(*v);
    }
    sum / values.len() as u8
}

fn main() {
    println!("{}", average(&[10, 20, 30]));
    println!("{}", average(&[200, 200]));
    let inputs: Vec<u32> = "5 10 12 13 14".split(' ').map(|s| s.parse().unwrap()).collect();
    for n in inputs {
        println!("{n}! = {}", factorial(n));
    }
}
