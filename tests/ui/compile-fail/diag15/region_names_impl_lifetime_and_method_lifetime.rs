// `'a` declared on the impl and `'b` on the method: both are labelled where declared.
//@ compile-fail
struct Pair<'a> { left: &'a str }
impl<'a> Pair<'a> {
    fn pick<'b>(&self, right: &'b str) -> &'a str {
        if right.is_empty() { self.left } else { right } //~ ERROR lifetime may not live long enough
    }
}
fn main() {
    let p = Pair { left: "l" };
    println!("{}", p.pick("r"));
}
