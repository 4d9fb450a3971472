//@ compile-fail
// The maximum of borrowed f64 items: `&f64: Ord` needs `f64: Ord`.
fn main() {
    let readings: Vec<f64> = vec![1.5, 9.25, 3.0];
    let top = readings.iter().max(); //~ ERROR E0277
    println!("{:?}", top);
}
