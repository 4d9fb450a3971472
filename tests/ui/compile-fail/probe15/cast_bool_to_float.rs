//@ compile-fail
// Casting a bool to f64 (E0606).
fn main() {
    let b = true;
    println!("{}", b as f64); //~ ERROR E0606
}
