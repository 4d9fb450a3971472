//@ compile-fail
// `1u32 << 40` overflows at compile time.
fn main() {
    let x = 1u32 << 40; //~ ERROR this arithmetic operation will overflow
    println!("{x}");
}
