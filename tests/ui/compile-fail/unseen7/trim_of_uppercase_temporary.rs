//@ compile-fail
// trim() of a temporary String returned by to_uppercase(), kept in a variable and used later.
fn main() {
    let input = String::from("  shout  ");
    let loud = input.to_uppercase().trim(); //~ ERROR E0716
    println!("[{}]", loud);
}
