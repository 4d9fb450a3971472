//@ compile-fail
// `get_mut` is a slice method: `v` is borrowed mutably through `DerefMut` before `v.len()` is read (no two-phase borrow).
fn main() {
    let mut v = vec![3, 1, 2];
    if let Some(x) = v.get_mut(v.len() - 1) { //~ ERROR E0502
        *x = 0;
    }
    println!("{v:?}");
}
