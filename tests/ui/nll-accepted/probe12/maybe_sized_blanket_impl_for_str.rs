// `impl<T: Display + ?Sized> Show for T` covers `str`.
use std::fmt::Display;
trait Show {
    fn show(&self) -> String;
}
impl<T: Display + ?Sized> Show for T {
    fn show(&self) -> String {
        format!("<{}>", self)
    }
}
fn main() {
    let s: &str = "hi";
    println!("{} {}", s.show(), 5.show());
}
