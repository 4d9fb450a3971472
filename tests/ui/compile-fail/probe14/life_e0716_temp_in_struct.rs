//@ compile-fail
// A struct holding a reference to a temporary String.
struct R<'a> { s: &'a str }
fn main() {
    let r = R { s: String::from("x").as_str() }; //~ ERROR E0716
    println!("{}", r.s);
}
