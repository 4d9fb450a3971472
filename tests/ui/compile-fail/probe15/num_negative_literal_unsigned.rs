//@ compile-fail
// A negative literal for a u32 (E0600).
fn main() {
    let x: u32 = -1; //~ ERROR E0600
    println!("{}", x);
}
