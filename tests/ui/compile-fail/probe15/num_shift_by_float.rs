//@ compile-fail
// `<<` by an f64 (E0277).
fn main() {
    let a: u32 = 1;
    let s = 2.0;
    println!("{}", a << s); //~ ERROR E0277
}
