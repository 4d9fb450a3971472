//@ compile-fail
// `Cell<T>` is invariant over `T`: `&'a Cell<&'b str>` cannot be returned as `&'a Cell<&'a str>`.
use std::cell::Cell;
fn shorten<'a, 'b: 'a>(x: &'a Cell<&'b str>) -> &'a Cell<&'a str> {
    x //~ ERROR lifetime may not live long enough
}
fn main() {
    let c = Cell::new("x");
    println!("{}", shorten(&c).get());
}
