//@ compile-fail
// Unary minus applied to a String.
fn main() {
    let s = String::from("5");
    let n = -s; //~ ERROR E0600
    println!("{}", n);
}
