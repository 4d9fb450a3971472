//@ compile-fail
// A precision taken from an argument that is a float (E0308).
fn main() {
    let p = 2.0;
    println!("{:.*}", p, 3.14159); //~ ERROR E0308
}
