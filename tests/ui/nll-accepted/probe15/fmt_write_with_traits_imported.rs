// write!/writeln! into a String and a Vec<u8> with their traits imported.
use std::fmt::Write as FmtWrite;
use std::io::Write as IoWrite;
fn main() {
    let mut s = String::new();
    write!(s, "{}-{}", 1, 2).unwrap();
    let mut v: Vec<u8> = Vec::new();
    writeln!(v, "x").unwrap();
    println!("{} {}", s, v.len());
}
