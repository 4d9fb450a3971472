//@ compile-fail
// Doubling a vector with `extend_from_slice` of a slice of itself.
fn main() {
    let mut pattern = vec![1, 0, 1];
    pattern.extend_from_slice(&pattern[..2]); //~ ERROR E0502
    println!("{:?}", pattern);
}
