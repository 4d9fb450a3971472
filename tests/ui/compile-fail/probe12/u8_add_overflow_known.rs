//@ compile-fail
// `255u8 + 1` overflows at compile time (arithmetic_overflow).
fn main() {
    let x = 255u8 + 1; //~ ERROR this arithmetic operation will overflow
    println!("{x}");
}
