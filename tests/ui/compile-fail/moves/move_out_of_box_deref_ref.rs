//@ compile-fail
// Moving out of a Box reached through a reference.
fn main() {
    let b = Box::new(String::from("x"));
    let r = &b;
    let s = **r; //~ ERROR E0507
    println!("{}", s);
}
