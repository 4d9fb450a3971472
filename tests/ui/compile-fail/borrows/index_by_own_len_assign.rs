//@ compile-fail
// Indexing a Vec for assignment borrows it mutably before `v.len()` is read (no two-phase borrow).
fn main() {
    let mut v = vec![1, 2, 3];
    v[v.len() - 1] = 10; //~ ERROR E0502
    println!("{:?}", v);
}
