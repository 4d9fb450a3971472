//@ compile-fail
// An argument given to a format string without placeholders.
fn main() {
    let a = 1;
    println!("hello", a); //~ ERROR argument never used
}
