//@ compile-fail
// A string literal assigned to an integer variable.
fn main() {
    let n: i32 = "42"; //~ ERROR E0308
    println!("{}", n);
}
