//@ compile-fail
// A slice of a temporary String is kept after the statement.
fn main() {
    let s: &str = String::from("hello").as_str(); //~ ERROR E0716
    println!("{}", s);
}
