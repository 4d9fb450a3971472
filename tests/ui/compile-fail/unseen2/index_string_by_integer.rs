//@ compile-fail
// A String cannot be indexed by an integer.
fn main() {
    let word = String::from("hello");
    let c = word[0]; //~ ERROR E0277
    println!("{}", c);
}
