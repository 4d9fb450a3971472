// With `impl<T: Debug + 'static>`, a value of the impl's parameter may be boxed as `Box<dyn Debug>`.
use std::fmt::Debug;
struct Wrap<T> {
    v: T,
}
impl<T: Debug + 'static> Wrap<T> {
    fn boxed(self) -> Box<dyn Debug> {
        Box::new(self.v)
    }
}
fn main() {
    println!("{:?}", Wrap { v: 3 }.boxed());
    println!("{:?}", Wrap { v: "s" }.boxed());
}
