//@ compile-fail
// `&mut s.field` with `s` not `mut`.
struct S { v: Vec<i32> }
fn main() {
    let s = S { v: vec![] };
    let r = &mut s.v; //~ ERROR E0596
    r.push(1);
}
