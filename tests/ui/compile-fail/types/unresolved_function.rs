//@ compile-fail
// Calling a function that does not exist.
fn main() {
    let x = compute(2); //~ ERROR E0425
    println!("{}", x);
}
