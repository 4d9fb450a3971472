//@ compile-fail
// `o.as_mut()` on a non-`mut` Option.
fn main() {
    let o = Some(1);
    if let Some(x) = o.as_mut() { //~ ERROR E0596
        *x += 1;
    }
}
