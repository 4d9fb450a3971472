//@ compile-fail
// 128 as an i8 literal.
fn main() {
    let x: i8 = 128; //~ ERROR literal out of range for `i8`
    println!("{}", x);
}
