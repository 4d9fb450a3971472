//@ compile-fail
// A method of `impl<T: Display> Wrap<T>` called on `Wrap<Vec<u32>>`.
use std::fmt::Display;
struct Wrap<T>(T);
impl<T: Display> Wrap<T> {
    fn show(&self) {
        println!("{}", self.0);
    }
}
fn main() {
    let w = Wrap(vec![1u32]);
    w.show(); //~ ERROR E0599
}
