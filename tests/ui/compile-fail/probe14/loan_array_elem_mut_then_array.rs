//@ compile-fail
// `&mut a[0]` alive while reading `a`.
fn main() {
    let mut a = [1, 2, 3];
    let x = &mut a[0];
    let s: i32 = a.iter().sum(); //~ ERROR E0502
    *x = s;
}
