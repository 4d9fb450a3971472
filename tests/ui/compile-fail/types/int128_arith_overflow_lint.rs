//@ compile-fail
// u128 arithmetic on known values that overflows is rejected by the arithmetic_overflow lint.
fn main() {
    let x: u128 = u128::MAX;
    let y = x + 1; //~ ERROR this arithmetic operation will overflow
    println!("{y}");
}
