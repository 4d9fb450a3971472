//@ compile-fail
// Storing `&s` in a Vec then mutating `s`.
fn main() {
    let mut s = String::from("a");
    let mut refs = Vec::new();
    refs.push(&s);
    s.push('b'); //~ ERROR E0502
    println!("{:?}", refs);
}
