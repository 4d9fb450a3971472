//@ compile-fail
// `let (ref mut a, _) = t;` where `t` is not `mut`.
fn main() {
    let t = (1, 2);
    let (ref mut a, _) = t; //~ ERROR E0596
    *a += 1;
}
