//@ compile-fail
// A struct whose lifetime sits below a `&mut` field is invariant over it, even behind a shared reference.
struct Cursor<'a> {
    buf: &'a mut Vec<&'a str>,
}
fn view<'a, 'b: 'a>(c: &'a Cursor<'b>) -> &'a Cursor<'a> {
    c //~ ERROR lifetime may not live long enough
}
fn main() {
    let mut v = vec!["x"];
    let c = Cursor { buf: &mut v };
    println!("{}", view(&c).buf.len());
}
