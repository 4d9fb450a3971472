//@ compile-fail
// `v.sort()` on a `Vec<T>` without `T: Ord`.
fn sorted<T>(mut v: Vec<T>) -> Vec<T> {
    v.sort(); //~ ERROR E0277
    v
}
fn main() {
    println!("{:?}", sorted(vec![3, 1]).len());
}
