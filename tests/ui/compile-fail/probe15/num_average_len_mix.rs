//@ compile-fail
// Dividing an f64 sum by a usize length (E0277).
fn main() {
    let v = vec![1.0, 2.0];
    let s: f64 = v.iter().sum();
    println!("{}", s / v.len()); //~ ERROR E0277
}
