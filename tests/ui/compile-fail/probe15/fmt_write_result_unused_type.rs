//@ compile-fail
// The fmt::Result of write! assigned to a bool (E0308).
use std::fmt::Write;
fn main() {
    let mut s = String::new();
    let ok: bool = write!(s, "{}", 1); //~ ERROR E0308
    println!("{} {}", s, ok);
}
