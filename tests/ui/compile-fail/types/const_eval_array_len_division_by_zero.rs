//@ compile-fail
// An array length dividing by a constant zero: E0080 for `main::{constant#0}`.
const PARTS: usize = 0;
fn main() {
    let cells = [1u32; 12 / PARTS]; //~ ERROR E0080
    println!("{}", cells.len());
}
