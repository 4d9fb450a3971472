// `fn show<T: Display + ?Sized>(x: &T)` takes `&str` and `&dyn Display`.
use std::fmt::Display;
fn show<T: Display + ?Sized>(x: &T) {
    println!("{x}");
}
fn main() {
    show("hello");
    let d: &dyn Display = &5;
    show(d);
    let s = String::from("owned");
    show(s.as_str());
}
