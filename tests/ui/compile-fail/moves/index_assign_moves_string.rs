//@ compile-fail
// Assigning one String element of a Vec to another moves out of the index.
fn main() {
    let mut names = vec![String::from("ann"), String::from("bob")];
    names[0] = names[1]; //~ ERROR E0507
    println!("{:?}", names);
}
