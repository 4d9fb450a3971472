//@ compile-fail
// Mutable references are invariant: `&'a mut &'b str` cannot be returned as `&'a mut &'a str`, even with `'b: 'a`.
fn shorten<'a, 'b: 'a>(x: &'a mut &'b str) -> &'a mut &'a str {
    x //~ ERROR lifetime may not live long enough
}
fn main() {
    let mut s = "a";
    let r = shorten(&mut s);
    println!("{}", r);
}
