//@ compile-fail
// `v.clone()` on a `Vec<T>` without `T: Clone` clones the reference: the result is `&Vec<T>`.
fn copy_all<T>(v: &Vec<T>) -> Vec<T> {
    v.clone() //~ ERROR E0308
}
fn main() {
    println!("{}", copy_all(&vec![1]).len());
}
