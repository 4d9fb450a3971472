//@ compile-fail
// `-=` with a `&str` on the right of an integer: no number type subtracts it (E0277, not E0308).
fn main() {
    let mut left = 5;
    left -= "a"; //~ ERROR E0277
    println!("{}", left);
}
