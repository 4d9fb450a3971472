//@ compile-fail
// push_str is called on a &str literal binding instead of a String.
fn main() {
    let mut greeting = "Hello";
    greeting.push_str(", world"); //~ ERROR E0599
    println!("{}", greeting);
}
