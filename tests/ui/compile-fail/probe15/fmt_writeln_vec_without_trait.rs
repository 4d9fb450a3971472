//@ compile-fail
// writeln! into a Vec<u8> without `use std::io::Write` (E0599).
fn main() {
    let mut v: Vec<u8> = Vec::new();
    writeln!(v, "x").unwrap(); //~ ERROR E0599
    println!("{}", v.len());
}
