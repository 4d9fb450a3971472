//@ compile-fail
// Mutating a Vec while a closure borrowing it is still used (E0502).
fn main() {
    let mut v = vec![1];
    let len = || v.len();
    v.push(2); //~ ERROR E0502
    println!("{}", len());
}
