//@ compile-fail
// Summing `&u8` items into an i32 is not implemented.
fn main() {
    let bytes: Vec<u8> = vec![10, 20, 30];
    let total: i32 = bytes.iter().sum(); //~ ERROR E0277
    println!("{}", total);
}
