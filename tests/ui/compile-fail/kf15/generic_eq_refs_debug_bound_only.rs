//@ compile-fail
// `a == b` on `&T` where `T` is only `Debug`: rustc suggests adding `PartialEq` to the bounds.
use std::fmt::Debug;
fn same<T: Debug>(a: &T, b: &T) -> bool {
    println!("{:?} {:?}", a, b);
    a == b //~ ERROR E0369
}
fn main() {
    println!("{}", same(&1, &1));
}
