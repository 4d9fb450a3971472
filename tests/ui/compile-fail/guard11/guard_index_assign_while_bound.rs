//@ compile-fail
// Matching `v[0]` borrows `v` through `Index`: `v[0] = None` in the guard needs `IndexMut` while `x` is still used.
fn main() {
    let mut v = vec![Some(1)];
    match v[0] {
        Some(x) if { v[0] = None; x > 0 } => println!("{}", x), //~ ERROR E0502
        _ => {}
    }
}
