//@ compile-fail
// String + String: the right operand must be a &str.
fn main() {
    let a = String::from("foo");
    let b = String::from("bar");
    let c = a + b; //~ ERROR E0308
    println!("{}", c);
}
