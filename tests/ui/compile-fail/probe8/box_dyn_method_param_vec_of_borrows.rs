//@ compile-fail
// `Vec<Box<dyn Debug>>` as a method's parameter: its items must be `'static`.
use std::fmt::Debug;
struct Sink;
impl Sink {
    fn take(&self, items: Vec<Box<dyn Debug>>) {
        println!("{:?}", items);
    }
}
fn main() {
    let s = String::from("x");
    Sink.take(vec![Box::new(&s)]); //~ ERROR E0597
}
