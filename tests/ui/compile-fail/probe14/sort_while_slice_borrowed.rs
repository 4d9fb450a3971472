//@ compile-fail
// Sorting a Vec while a slice of it is alive.
fn main() {
    let mut v = vec![3, 1, 2];
    let head = &v[..2];
    v.sort(); //~ ERROR E0502
    println!("{:?}", head);
}
