//@ compile-fail
// `&'a mut &'static str` returned as `&'a mut &'a str`: invariance requires `'a: 'static`.
fn shorten<'a>(x: &'a mut &'static str) -> &'a mut &'a str {
    x //~ ERROR lifetime may not live long enough
}
fn main() {
    let mut s = "a";
    let r = shorten(&mut s);
    println!("{}", r);
}
