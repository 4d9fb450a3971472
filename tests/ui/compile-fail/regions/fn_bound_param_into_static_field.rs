//@ compile-fail
// A parameter typed `&str` by an `Fn(&str)` bound is the closure's own: it cannot be stored in a `&'static str` field.
#[derive(Debug)]
struct Tok {
    w: &'static str,
}
fn g<F: Fn(&str) -> Tok>(f: F) -> Tok { f("a") }
fn main() {
    println!("{:?}", g(|w| Tok { w })); //~ ERROR lifetime may not live long enough
}
