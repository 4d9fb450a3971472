// Summing u128 values past u128::MAX panics inside std's Sum impl.
fn main() {
    let v: Vec<u128> = vec![u128::MAX / 2, u128::MAX / 2, 1];
    let s: u128 = v.iter().sum();
    println!("{s}");
    let w: Vec<u128> = vec![u128::MAX, 1];
    let t: u128 = w.into_iter().sum();
    println!("{t}");
}
