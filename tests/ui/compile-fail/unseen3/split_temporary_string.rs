//@ compile-fail
// Splitting a String that only lives for the statement and keeping the pieces.
fn main() {
    let parts: Vec<&str> = String::from("a,b,c").split(',').collect(); //~ ERROR E0716
    println!("{:?}", parts);
}
