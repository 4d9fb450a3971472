//@ compile-fail
// Multiplying an f64 by an i32 (E0277).
fn main() {
    let x: f64 = 1.5;
    let n: i32 = 2;
    println!("{}", x * n); //~ ERROR E0277
}
