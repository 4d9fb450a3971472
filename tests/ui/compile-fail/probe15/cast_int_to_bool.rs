//@ compile-fail
// Casting an integer to bool (E0054).
fn main() {
    let n = 1;
    let b = n as bool; //~ ERROR E0054
    println!("{}", b);
}
