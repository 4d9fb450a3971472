//@ compile-fail
// Assigning a new String while a `&str` view of the old one is still used.
fn main() {
    let mut name = String::from("a");
    let view = name.as_str();
    name = String::from("b"); //~ ERROR E0506
    println!("{} {}", view, name);
}
