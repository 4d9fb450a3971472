//@ compile-fail
// An impl method using an undeclared lifetime (E0261).
struct S;
impl S {
    fn pick(&self, a: &'b str) -> &'b str { a } //~ ERROR E0261
    //~^ ERROR E0261
}
fn main() {
    println!("{}", S.pick("a"));
}
