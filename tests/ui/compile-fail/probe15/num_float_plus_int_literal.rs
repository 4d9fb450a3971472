//@ compile-fail
// Adding an integer literal to an f64 (E0277).
fn main() {
    let x: f64 = 1.5;
    println!("{}", x + 1); //~ ERROR E0277
}
