//@ compile-fail
// The pieces of `String::from(..).split(..)` borrow a temporary freed at the end of the statement.
fn main() {
    let parts: Vec<&str> = String::from("a,b,c").split(',').collect(); //~ ERROR E0716
    println!("{:?}", parts);
}
