//@ compile-fail
// Adding two Strings: the right-hand side must be a `&str`.
fn main() {
    let first = String::from("heap");
    let second = String::from("lab");
    let joined = first + second; //~ ERROR E0308
    println!("{}", joined);
}
