//@ compile-fail
// rustc's deny-by-default `arithmetic_overflow` lint: the values are known at compile time.
const LIMIT: u8 = 255;

fn main() {
    let small: u8 = 200;
    let doubled = small * 2; //~ ERROR this arithmetic operation will overflow
    let next = LIMIT + 1; //~ ERROR this arithmetic operation will overflow
    println!("{doubled} {next}");
}
