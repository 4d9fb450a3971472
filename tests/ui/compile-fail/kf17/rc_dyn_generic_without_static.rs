//@ compile-fail
// A generic value without `T: 'static` coerced to `Rc<dyn Debug>` (default object lifetime `'static`): E0310.
use std::fmt::Debug;
use std::rc::Rc;
fn mk<T: Debug>(x: T) -> Rc<dyn Debug> { Rc::new(x) } //~ ERROR E0310
fn main() { println!("{:?}", mk(1)); }
