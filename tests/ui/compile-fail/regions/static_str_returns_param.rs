//@ compile-fail
// A `&'a str` parameter returned as `&'static str`: `'a` must outlive `'static`.
fn make<'a>(s: &'a str) -> &'static str {
    s //~ ERROR lifetime may not live long enough
}
fn main() {
    println!("{}", make("x"));
}
