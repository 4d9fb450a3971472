//@ compile-fail
// An array's length is part of its type, fixed at compile time: a local variable cannot give it (E0435).
fn main() {
    let width = 4;
    let row = [0u8; width]; //~ ERROR E0435
    println!("{:?}", row);
}
