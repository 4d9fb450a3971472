//@ compile-fail
// The right-hand side is read first, but a reference into the Vec kept past the assignment still conflicts.
fn main() {
    let mut v = vec![10, 20, 30];
    let first = &v[0];
    v[2] = *first; //~ ERROR E0502
    println!("{} {:?}", first, v);
}
