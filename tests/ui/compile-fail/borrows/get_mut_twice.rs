//@ compile-fail
// `get_mut` borrows the whole Vec mutably, so two results cannot coexist.
fn main() {
    let mut v = vec![10, 20];
    let a = v.get_mut(0).unwrap();
    let b = v.get_mut(1).unwrap(); //~ ERROR E0499
    *a += 1;
    *b += 1;
}
