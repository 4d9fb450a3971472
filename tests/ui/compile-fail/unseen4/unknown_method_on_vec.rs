//@ compile-fail
// Calling a method that Vec does not have (length instead of len).
fn main() {
    let v = vec![10, 20, 30];
    let n = v.length(); //~ ERROR E0599
    println!("{}", n);
}
