//@ compile-fail
// Pushing to a Vec field in a `&self` method.
struct C { v: Vec<i32> }
impl C {
    fn add(&self, x: i32) { self.v.push(x); } //~ ERROR E0596
}
fn main() {
    let c = C { v: vec![] };
    c.add(1);
}
