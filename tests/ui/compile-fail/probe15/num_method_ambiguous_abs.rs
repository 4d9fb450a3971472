//@ compile-fail
// `abs` on an unsuffixed integer literal (E0689).
fn main() {
    println!("{}", (-3).abs()); //~ ERROR E0689
}
