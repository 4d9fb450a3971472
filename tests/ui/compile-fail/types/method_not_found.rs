//@ compile-fail
// Calling a method that the type does not have.
fn main() {
    let v = vec![3, 1, 2];
    let n = v.size(); //~ ERROR E0599
    println!("{}", n);
}
