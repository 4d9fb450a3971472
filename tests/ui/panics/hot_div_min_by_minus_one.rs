// i64::MIN / -1 in a function already called hundreds of times panics with "attempt to divide with overflow" at the division.
fn quot(a: i64, b: i64) -> i64 {
    a / b
}

fn main() {
    let mut total = 0i64;
    for i in 0..1000i64 {
        let (a, b) = if i == 600 { (i64::MIN, -1) } else { (i * 1000, i % 7 + 1) };
        total += quot(a, b);
    }
    println!("{}", total);
}
