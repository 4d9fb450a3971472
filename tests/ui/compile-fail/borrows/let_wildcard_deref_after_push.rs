//@ compile-fail
// `let _ = *r;` and `let _ = r.len` style mentions keep `r`'s shared borrow alive across a push.
fn main() {
    let mut v = vec![1, 2];
    let r = &v;
    v.push(3); //~ ERROR E0502
    let _ = *r;
}
