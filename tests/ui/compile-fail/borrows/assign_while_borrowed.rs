//@ compile-fail
// Assigning to a variable that is still borrowed.
fn main() {
    let mut n = 5;
    let r = &n;
    n = 6; //~ ERROR E0506
    println!("{} {}", n, r);
}
