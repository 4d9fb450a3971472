// Elision ties the result to `&self`; returning a field is fine.
struct S { name: String }
impl S {
    fn pick(&self, other: &str) -> &str {
        if other.is_empty() { "" } else { &self.name }
    }
}
fn main() {
    let s = S { name: "a".into() };
    println!("{}", s.pick("b"));
}
