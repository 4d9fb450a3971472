//@ compile-fail
// Bound to a variable, `|w: &str|` has a region of the closure's own: it cannot be stored in a `&'static str` field.
#[derive(Debug)]
struct Tok {
    w: &'static str,
}
fn main() {
    let f = |w: &str| Tok { w }; //~ ERROR lifetime may not live long enough
    println!("{:?}", f("a"));
}
