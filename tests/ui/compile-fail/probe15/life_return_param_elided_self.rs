//@ compile-fail
// A method whose elided result is tied to `&self` returning another parameter.
struct S { v: String }
impl S {
    fn pick(&self, other: &str) -> &str {
        if self.v.is_empty() { other } else { &self.v } //~ ERROR lifetime may not live long enough
    }
}
fn main() {
    let s = S { v: String::new() };
    println!("{}", s.pick("x"));
}
