//@ compile-fail
// Keeping a reference to the first element while pushing: the Vec may reallocate.
fn main() {
    let mut names = vec![String::from("ana"), String::from("ben")];
    let first = &names[0];
    names.push(String::from("carl")); //~ ERROR E0502
    println!("first is still {}", first);
}
