//@ compile-fail
// Calling a method of a trait not among `T`'s bounds.
trait Describe {
    fn describe(&self) -> String;
}
impl Describe for u32 {
    fn describe(&self) -> String {
        format!("u32 {self}")
    }
}
fn f<T: Clone>(x: T) -> String {
    x.describe() //~ ERROR E0599
}
fn main() {
    println!("{}", f(3u32));
}
