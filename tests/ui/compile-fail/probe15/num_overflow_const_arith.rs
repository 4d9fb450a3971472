//@ compile-fail
// 255u8 + 1 overflows at compile time (deny lint arithmetic_overflow).
fn main() {
    let x: u8 = 255 + 1; //~ ERROR this arithmetic operation will overflow
    println!("{}", x);
}
