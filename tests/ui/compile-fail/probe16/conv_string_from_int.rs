//@ compile-fail
// String::from(5) (E0277).
fn main() {
    let s = String::from(5); //~ ERROR E0277
    println!("{}", s);
}
