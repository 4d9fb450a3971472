//@ compile-fail
// A constant's value is computed at compile time: it may call only `const fn`s.
fn square(x: u32) -> u32 {
    x * x
}
const NINE: u32 = square(3); //~ ERROR E0015
fn main() {
    println!("{}", NINE);
}
