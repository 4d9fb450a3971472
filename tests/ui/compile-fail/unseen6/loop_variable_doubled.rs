//@ compile-fail
// Assigning to an immutable `for` binding.
fn main() {
    let prices = vec![5, 10, 15];
    let mut doubled = Vec::new();
    for p in prices {
        p *= 2; //~ ERROR E0384
        doubled.push(p);
    }
    println!("{:?}", doubled);
}
