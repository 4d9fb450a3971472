// Averages computed with explicit conversions.
fn main() {
    let v = vec![1.0, 2.0, 4.0];
    let s: f64 = v.iter().sum();
    println!("{}", s / v.len() as f64);
    let x: f64 = 1.5;
    println!("{}", x + 1.0);
}
