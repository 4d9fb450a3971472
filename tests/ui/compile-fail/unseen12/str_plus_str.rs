//@ compile-fail
// Two string literals are concatenated with +.
fn main() {
    let greeting = "Hello, " + "world"; //~ ERROR E0369
    println!("{}", greeting);
}
