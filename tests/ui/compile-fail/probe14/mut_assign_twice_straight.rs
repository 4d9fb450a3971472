//@ compile-fail
// Assigning a non-`mut` local twice.
fn main() {
    let x = 1;
    println!("{}", x);
    x = 2; //~ ERROR E0384
    println!("{}", x);
}
