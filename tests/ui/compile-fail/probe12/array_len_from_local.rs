//@ compile-fail
// An array length taken from a local variable is E0435.
fn main() {
    let n = 3;
    let a = [0u8; n]; //~ ERROR E0435
    println!("{}", a.len());
}
