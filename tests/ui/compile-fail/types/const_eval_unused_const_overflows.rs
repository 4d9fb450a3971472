//@ compile-fail
// A constant never used is still evaluated: `255 + 1` at type `u8` is E0080.
const LIMIT: u8 = 255 + 1; //~ ERROR E0080
const OTHER: u8 = 254 + 1;
fn main() {
    println!("{OTHER}");
}
