//@ compile-fail
// `let x: u8 = -1;` cannot negate an unsigned integer (E0600).
fn main() {
    let x: u8 = -1; //~ ERROR E0600
    println!("{x}");
}
