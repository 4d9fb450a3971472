//@ compile-fail
// Casting an f64 to char (E0604).
fn main() {
    let x = 65.0;
    println!("{}", x as char); //~ ERROR E0604
}
