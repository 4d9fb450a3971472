//@ compile-fail
// `==` on a type parameter bounded only by `Debug`: rustc proposes `+ std::cmp::PartialEq`.
use std::fmt::Debug;

fn same<T: Debug>(a: T, b: T) -> bool {
    a == b //~ ERROR E0369
}

fn main() {
    println!("{}", same(1, 2));
}
