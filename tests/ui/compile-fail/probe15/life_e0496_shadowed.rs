//@ compile-fail
// A method redeclaring the impl's lifetime `'a` (E0496).
struct S<'a> { r: &'a str }
impl<'a> S<'a> {
    fn get<'a>(&'a self) -> &'a str { self.r } //~ ERROR E0496
}
fn main() {
    let s = S { r: "a" };
    println!("{}", s.get());
}
