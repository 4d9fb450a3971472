//@ compile-fail
// Reading the Vec's length while a mutable iterator is alive.
fn main() {
    let mut v = vec![1, 2, 3];
    for x in v.iter_mut() {
        *x += v.len() as i32; //~ ERROR E0502
    }
}
