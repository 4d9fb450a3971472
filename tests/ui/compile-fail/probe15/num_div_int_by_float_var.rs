//@ compile-fail
// Dividing a usize by an f64 (E0277).
fn main() {
    let total: usize = 10;
    let n: f64 = 4.0;
    println!("{}", total / n); //~ ERROR E0277
}
