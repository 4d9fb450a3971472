//@ compile-fail
// A function taking impl AsRef<str> given an i32 (E0277).
fn show(s: impl AsRef<str>) -> usize { s.as_ref().len() }
fn main() { println!("{}", show(5)); } //~ ERROR E0277
