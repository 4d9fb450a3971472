//@ compile-fail
// `-` on Strings (E0369).
fn main() {
    let a = String::from("ab");
    let b = String::from("b");
    println!("{}", a - b); //~ ERROR E0369
}
