//@ compile-fail
// `impl<T> Show for Box<T>` where `trait Show: Debug` and `Box<T>` is `Debug` only for `T: Debug`.
use std::fmt::Debug;
trait Show: Debug {
    fn show(&self) {
        println!("{:?}", self);
    }
}
impl<T> Show for Box<T> {} //~ ERROR E0277
fn main() {}
