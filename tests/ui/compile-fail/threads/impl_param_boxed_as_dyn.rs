//@ compile-fail
// A `Box<dyn Trait>` is `'static`: boxing a value of an impl's parameter without `T: 'static` is E0310.
use std::fmt::Debug;
struct Wrap<T> {
    v: T,
}
impl<T: Debug> Wrap<T> {
    fn boxed(self) -> Box<dyn Debug> {
        Box::new(self.v) //~ ERROR E0310
    }
}
fn main() {
    println!("{:?}", Wrap { v: 3 }.boxed());
}
