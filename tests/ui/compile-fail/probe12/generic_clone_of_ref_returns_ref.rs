//@ compile-fail
// `x.clone()` on `&T` without `T: Clone` clones the reference: the result is `&T`, not `T`.
fn dup<T>(x: &T) -> T {
    x.clone() //~ ERROR E0308
}
fn main() {
    println!("{}", dup(&3));
}
