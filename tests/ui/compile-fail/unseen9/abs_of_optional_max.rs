//@ compile-fail
// The largest drop is taken with min() and abs() is called on the Option it returns.
fn main() {
    let changes = vec![-4, 7, -12, 3];
    let largest = changes.iter().copied().min();
    println!("largest drop {}", largest.abs()); //~ ERROR E0599
}
