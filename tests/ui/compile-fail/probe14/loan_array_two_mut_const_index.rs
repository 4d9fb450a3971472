//@ compile-fail
// `&mut a[0]` and `&mut a[1]` of an array are one place for borrowck.
fn main() {
    let mut a = [1, 2];
    let x = &mut a[0];
    let y = &mut a[1]; //~ ERROR E0499
    *x += *y;
}
