//@ compile-fail
// An overflow inside a `const fn` called by a constant and by an array length: E0080 at each call.
const fn gap(a: usize, b: usize) -> usize {
    let d = a - b;
    d + 1
}
const WIDTH: usize = gap(3, 4); //~ ERROR E0080
fn main() {
    let row = [0u8; gap(1, 2)]; //~ ERROR E0080
    println!("{} {}", WIDTH, row.len());
}
