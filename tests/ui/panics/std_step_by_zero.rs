// `step_by(0)` fails std's own assertion.
fn every(n: usize) -> Vec<usize> {
    (0..10).step_by(n).collect()
}
fn main() {
    println!("{:?}", every(3));
    println!("{:?}", every(0));
}
