//@ compile-fail
// Concatenating two &str with `+`, as in other languages.
fn main() {
    let first = "Hello, ";
    let second = "world";
    let greeting = first + second; //~ ERROR E0369
    println!("{}", greeting);
}
