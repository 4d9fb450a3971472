//@ compile-fail
// write! into a String without `use std::fmt::Write` (E0599).
fn main() {
    let mut s = String::new();
    write!(s, "{}", 1).unwrap(); //~ ERROR E0599
    println!("{}", s);
}
