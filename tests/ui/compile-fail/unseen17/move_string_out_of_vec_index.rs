//@ compile-fail
// Taking the first name out of a Vec<String> by index, as `first = names[0]` in Python.
fn main() {
    let names = vec![String::from("Ann"), String::from("Ben")];
    let first = names[0]; //~ ERROR E0507
    println!("{} of {}", first, names.len());
}
