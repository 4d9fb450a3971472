//@ compile-fail
// Two `&mut` into one Vec by index, both used.
fn main() {
    let mut v = vec![1, 2];
    let a = &mut v[0];
    let b = &mut v[1]; //~ ERROR E0499
    *a += *b;
}
