//@ compile-fail
// A getter borrowing all of `self` alive while a different field is assigned.
struct S { name: String, n: i32 }
impl S {
    fn name(&self) -> &str { &self.name }
}
fn main() {
    let mut s = S { name: "a".into(), n: 0 };
    let nm = s.name();
    s.n = 1; //~ ERROR E0506
    println!("{} {}", nm, s.n);
}
