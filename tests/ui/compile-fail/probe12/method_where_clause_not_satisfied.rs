//@ compile-fail
// A method with `where T: Display` called on a `Wrap<Vec<u32>>`.
use std::fmt::Display;
struct Wrap<T>(T);
impl<T> Wrap<T> {
    fn show(&self)
    where
        T: Display,
    {
        println!("{}", self.0);
    }
}
fn main() {
    let w = Wrap(vec![1u32]);
    w.show(); //~ ERROR E0277
}
