//@ compile-fail
// unwrap() on an i32 (E0599).
fn main() {
    let n = 3;
    println!("{}", n.unwrap()); //~ ERROR E0599
}
