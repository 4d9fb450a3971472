//@ compile-fail
// A reborrow `&mut *r` is used after `r` is used again.
fn main() {
    let mut x = 1;
    let r = &mut x;
    let r2 = &mut *r;
    *r += 1; //~ ERROR E0503
    *r2 += 1;
}
