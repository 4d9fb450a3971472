//@ compile-fail
// A user struct without `Debug` given to `fn dbg_all<T: Debug>`.
use std::fmt::Debug;
fn dbg_all<T: Debug>(v: &[T]) {
    for x in v {
        println!("{x:?}");
    }
}
struct Plain;
fn main() {
    dbg_all(&[Plain]); //~ ERROR E0277
}
