//@ compile-fail
// `Box<dyn Debug>` (implicitly 'static) from a generic T without `T: 'static` (E0310).
use std::fmt::Debug;
fn boxed<T: Debug>(t: T) -> Box<dyn Debug> {
    Box::new(t) //~ ERROR E0310
}
fn main() {
    println!("{:?}", boxed(1));
}
