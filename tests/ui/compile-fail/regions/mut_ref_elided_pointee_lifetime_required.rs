//@ compile-fail
// An elided lifetime under `&mut` cannot become the returned one: mutable references are invariant (E0621).
fn shorten<'a>(x: &'a mut &str) -> &'a mut &'a str {
    x //~ ERROR E0621
}
fn main() {
    let mut s = "a";
    let r = shorten(&mut s);
    println!("{}", r);
}
