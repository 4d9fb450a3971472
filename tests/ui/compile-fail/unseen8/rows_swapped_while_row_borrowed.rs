//@ compile-fail
// The previous DP row is borrowed to read its last cell, then swapped with the current row.
fn main() {
    let mut prev = vec![0usize, 1, 2, 3];
    let mut cur = vec![0usize; 4];
    let last = &prev[3];
    std::mem::swap(&mut prev, &mut cur); //~ ERROR E0502
    println!("distance {}", last);
}
