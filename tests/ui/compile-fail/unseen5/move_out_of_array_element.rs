//@ compile-fail
// An array of Strings cannot give away one element by indexing.
fn main() {
    let words = [String::from("red"), String::from("green"), String::from("blue")];
    let favourite = words[1]; //~ ERROR E0508
    println!("{}", favourite);
}
