//@ compile-fail
// `300u8` is out of range.
fn main() {
    let x = 300u8; //~ ERROR literal out of range for `u8`
    println!("{x}");
}
