//@ compile-fail
// `&'a mut &'b str` returned as `&'a mut &'static str`: invariance requires `'b: 'static`.
fn forever<'a, 'b: 'a>(x: &'a mut &'b str) -> &'a mut &'static str {
    x //~ ERROR lifetime may not live long enough
}
fn main() {
    let mut s = "a";
    let r = forever(&mut s);
    println!("{}", r);
}
