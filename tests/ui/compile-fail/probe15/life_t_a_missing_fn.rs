//@ compile-fail
// Returning `Box<dyn Trait + 'a>` from a T without `T: 'a` (E0309).
use std::fmt::Debug;
fn boxed<'a, T: Debug>(t: T) -> Box<dyn Debug + 'a> {
    Box::new(t) //~ ERROR E0309
}
fn main() {
    println!("{:?}", boxed(1));
}
