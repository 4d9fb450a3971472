//@ compile-fail
// Indexing a Vec gives a place behind a reference; a String cannot be moved out of it.
fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let first = names[0]; //~ ERROR E0507
    println!("{}", first);
}
