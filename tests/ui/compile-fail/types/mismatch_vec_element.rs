//@ compile-fail
// Pushing a `&str` into a `Vec<String>`.
fn main() {
    let mut names: Vec<String> = Vec::new();
    names.push("bob"); //~ ERROR E0308
    println!("{:?}", names);
}
