//@ compile-fail
// Keeping a reference to the first element while clearing the vector.
fn main() {
    let mut names = vec![String::from("a"), String::from("b")];
    let first = &names[0];
    names.clear(); //~ ERROR E0502
    println!("{}", first);
}
