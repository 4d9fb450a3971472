//@ compile-fail
// `let x: i8 = 128;` is out of range for `i8`.
fn main() {
    let x: i8 = 128; //~ ERROR literal out of range for `i8`
    println!("{x}");
}
