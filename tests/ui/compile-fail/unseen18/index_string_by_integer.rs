//@ compile-fail
// Taking the first character of a String by integer indexing, as in other languages.
fn main() {
    let name = String::from("Ferris");
    let initial = name[0]; //~ ERROR E0277
    println!("{}", initial);
}
