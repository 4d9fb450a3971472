//@ compile-fail
// Pushing a copy of an element while a reference to that element is used afterwards.
fn main() {
    let mut v = vec![String::from("a")];
    let first = &v[0];
    v.push(String::from("b")); //~ ERROR E0502
    println!("{}", first);
}
