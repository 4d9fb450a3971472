//@ compile-fail
// Dividing an f64 sum by a usize length without a cast.
fn average(values: &[f64]) -> f64 {
    let sum: f64 = values.iter().sum();
    sum / values.len() //~ ERROR E0277
}

fn main() {
    println!("{}", average(&[1.0, 2.5]));
}
