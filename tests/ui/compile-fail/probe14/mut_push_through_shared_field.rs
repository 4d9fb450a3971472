//@ compile-fail
// Pushing through a `&Vec` field.
struct Wrap<'a> { v: &'a Vec<i32> }
fn main() {
    let v = vec![1];
    let w = Wrap { v: &v };
    w.v.push(2); //~ ERROR E0596
}
