//@ compile-fail
// A parameter `Box<dyn Debug>` means `Box<dyn Debug + 'static>`: a borrow of a local cannot go in.
use std::fmt::Debug;
fn show(b: Box<dyn Debug>) {
    println!("{:?}", b);
}
fn main() {
    let s = String::from("x");
    show(Box::new(&s)); //~ ERROR E0597
}
