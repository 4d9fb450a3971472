//@ compile-fail
// `i32::MAX + 1` overflows at compile time.
fn main() {
    let x: i32 = i32::MAX + 1; //~ ERROR this arithmetic operation will overflow
    println!("{x}");
}
