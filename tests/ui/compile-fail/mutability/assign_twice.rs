//@ compile-fail
// Assigning twice to a variable declared without `mut`.
fn main() {
    let x = 5;
    println!("{}", x);
    x = 6; //~ ERROR E0384
    println!("{}", x);
}
