// Matching i128/u128 values against literals beyond 64 bits (a switch must not compare only the low bits).
fn name(x: u128) -> &'static str {
    match x {
        3 => "three",
        18446744073709551619 => "2^64 + 3",
        340282366920938463463374607431768211455 => "u128::MAX",
        _ => "other",
    }
}

fn sign(x: i128) -> &'static str {
    match x {
        -1 => "minus one",
        -18446744073709551617 => "-(2^64 + 1)",
        0 => "zero",
        _ => "other",
    }
}

fn main() {
    let xs: Vec<u128> = vec![3, (1 << 64) + 3, u128::MAX, 1 << 64, 4];
    for x in xs {
        println!("{x}: {}", name(x));
    }
    let ys: Vec<i128> = vec![-1, -(1i128 << 64) - 1, (1i128 << 64) - 1, 0, (1i128 << 64)];
    for y in ys {
        println!("{y}: {}", sign(y));
    }
}
