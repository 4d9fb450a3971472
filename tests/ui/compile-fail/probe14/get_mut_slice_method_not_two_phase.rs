//@ compile-fail
// `v.get_mut(v.len() - 1)`: a slice method reached through `DerefMut` is not a two-phase borrow.
fn main() {
    let mut v = vec![1, 2];
    if let Some(x) = v.get_mut(v.len() - 1) { //~ ERROR E0502
        *x += 10;
    }
    println!("{:?}", v);
}
