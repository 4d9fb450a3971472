//@ compile-fail
// write! into a String without importing std::fmt::Write.
fn main() {
    let mut s = String::new();
    for i in 0..3 {
        write!(s, "{},", i).unwrap(); //~ ERROR E0599
    }
    println!("{}", s);
}
