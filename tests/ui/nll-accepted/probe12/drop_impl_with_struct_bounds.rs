// A `Drop` impl repeating exactly the struct's own bounds is accepted.
use std::fmt::Debug;
struct Holder<T: Debug> {
    v: T,
}
impl<T: Debug> Drop for Holder<T> {
    fn drop(&mut self) {
        println!("drop {:?}", self.v);
    }
}
struct Named<'a> {
    name: &'a str,
}
impl<'a> Drop for Named<'a> {
    fn drop(&mut self) {
        println!("drop {}", self.name);
    }
}
fn main() {
    let _h = Holder { v: 1 };
    let _n = Named { name: "x" };
}
