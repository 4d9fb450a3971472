//@ compile-fail
// A `move` closure takes ownership of the Vec it mentions; the Vec cannot be used afterwards.
fn main() {
    let readings = vec![3.5, 4.0, 2.25];
    let average = move || readings.iter().sum::<f64>() / readings.len() as f64;
    println!("average {}", average());
    println!("first {}", readings[0]); //~ ERROR E0382
}
