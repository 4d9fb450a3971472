// A method with `where T: Display` called on a `Wrap<u32>`; another method needs no bound.
use std::fmt::Display;
struct Wrap<T>(T);
impl<T> Wrap<T> {
    fn show(&self)
    where
        T: Display,
    {
        println!("{}", self.0);
    }
    fn inner(&self) -> &T {
        &self.0
    }
}
fn main() {
    let w = Wrap(3u32);
    w.show();
    let v = Wrap(vec![1]);
    println!("{}", v.inner().len());
}
