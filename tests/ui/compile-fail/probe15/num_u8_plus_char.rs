//@ compile-fail
// Adding a char to a u8 (E0277).
fn main() {
    let b = b'a';
    println!("{}", b + 'b'); //~ ERROR E0277
}
