//@ compile-fail
// Elision ties the result to `&self`, but the body returns the other parameter.
struct S { name: String }
impl S {
    fn pick(&self, other: &str) -> &str {
        other //~ ERROR lifetime may not live long enough
    }
}
fn main() {
    let s = S { name: "a".into() };
    println!("{} {}", s.pick("b"), s.name);
}
