//@ compile-fail
// A struct behind `&mut` keeps its lifetime: `&'a mut Holder<'b>` cannot be returned as `&'a mut Holder<'a>`.
struct Holder<'a> {
    items: &'a mut Vec<&'a str>,
}
fn shorten<'a, 'b: 'a>(x: &'a mut Holder<'b>) -> &'a mut Holder<'a> {
    x //~ ERROR lifetime may not live long enough
}
fn main() {
    let mut v = vec!["x"];
    let mut h = Holder { items: &mut v };
    println!("{}", shorten(&mut h).items.len());
}
