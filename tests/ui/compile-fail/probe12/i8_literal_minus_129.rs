//@ compile-fail
// `-129i8` is out of range.
fn main() {
    let x = -129i8; //~ ERROR literal out of range for `i8`
    println!("{x}");
}
