//@ compile-fail
// Without `'b: 'a` (written or implied), a `&'b str` cannot be returned as `&'a str`.
fn pick<'a, 'b>(x: &'b str, _y: &'a str) -> &'a str {
    x //~ ERROR lifetime may not live long enough
}
fn main() {
    println!("{}", pick("x", "y"));
}
