//@ compile-fail
// `&[i32]` given to `fn count<T: Debug>(x: &T)`: `T = [i32]` is not `Sized`.
use std::fmt::Debug;
fn count<T: Debug>(x: &T) {
    println!("{x:?}");
}
fn main() {
    let v = vec![1, 2, 3];
    let s: &[i32] = &v;
    count(s); //~ ERROR E0277
}
