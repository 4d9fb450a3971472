//@ compile-fail
// A blanket `impl<T: Display> Show for T` does not cover `str` (implicit `Sized`).
use std::fmt::Display;
trait Show {
    fn show(&self) -> String;
}
impl<T: Display> Show for T {
    fn show(&self) -> String {
        format!("<{}>", self)
    }
}
fn use_show<S: Show + ?Sized>(s: &S) -> String {
    s.show()
}
fn main() {
    println!("{}", use_show("hi")); //~ ERROR E0277
}
