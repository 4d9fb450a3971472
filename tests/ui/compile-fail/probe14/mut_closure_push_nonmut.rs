//@ compile-fail
// A closure pushing to a captured non-`mut` Vec.
fn main() {
    let v = Vec::new();
    let mut add = |x: i32| v.push(x); //~ ERROR E0596
    add(1);
}
