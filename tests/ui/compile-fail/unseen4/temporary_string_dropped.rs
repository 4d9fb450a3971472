//@ compile-fail
// Keeping a &str into a temporary String that is dropped at the end of the statement.
fn main() {
    let name = "world";
    let greeting: &str = format!("hello {}", name).as_str(); //~ ERROR E0716
    println!("{}", greeting);
}
