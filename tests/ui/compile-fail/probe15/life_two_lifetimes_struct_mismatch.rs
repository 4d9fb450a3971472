//@ compile-fail
// Returning a field of lifetime 'b as 'a.
struct P<'a, 'b> { x: &'a str, y: &'b str }
fn gety<'a, 'b>(p: &P<'a, 'b>) -> &'a str {
    p.y //~ ERROR lifetime may not live long enough
}
fn main() {
    let p = P { x: "a", y: "b" };
    println!("{} {}", gety(&p), p.x);
}
