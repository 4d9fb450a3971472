//@ compile-fail
// A named width that is a u8 (E0308).
fn main() {
    let w: u8 = 4;
    println!("{:w$}", 1, w = w); //~ ERROR E0308
}
