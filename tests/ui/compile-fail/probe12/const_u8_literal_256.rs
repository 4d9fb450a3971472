//@ compile-fail
// `const X: u8 = 256;` is out of range for `u8` (deny lint).
const X: u8 = 256; //~ ERROR literal out of range for `u8`
fn main() {
    println!("{X}");
}
