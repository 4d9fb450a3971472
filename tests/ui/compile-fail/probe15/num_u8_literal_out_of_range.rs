//@ compile-fail
// 256 as a u8 literal (deny lint overflowing_literals).
fn main() {
    let x: u8 = 256; //~ ERROR literal out of range for `u8`
    println!("{}", x);
}
