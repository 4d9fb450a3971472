//@ compile-fail
// `<<` on an f64 value (E0369).
fn main() {
    let a = 1.5f64;
    println!("{}", a << 2); //~ ERROR E0369
}
