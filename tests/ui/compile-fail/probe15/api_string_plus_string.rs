//@ compile-fail
// String + String (E0308: the right side must be &str).
fn main() {
    let a = String::from("a");
    let b = String::from("b");
    let c = a + b; //~ ERROR E0308
    println!("{}", c);
}
