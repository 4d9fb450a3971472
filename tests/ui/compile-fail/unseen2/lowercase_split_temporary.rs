//@ compile-fail
// The pieces borrow the lowercase String, a temporary dropped at the end of the statement.
fn main() {
    let line = String::from(" A,B,C ");
    let parts: Vec<&str> = line.trim().to_lowercase().split(',').collect(); //~ ERROR E0716
    println!("{:?}", parts);
}
