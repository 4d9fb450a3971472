//@ compile-fail
// A `Box<dyn Display>` field (implicitly 'static) given a borrowed str.
use std::fmt::Display;
struct Holder { item: Box<dyn Display> }
fn main() {
    let s = String::from("a");
    let h = Holder { item: Box::new(&s as &str) }; //~ ERROR E0597
    println!("{}", h.item);
}
