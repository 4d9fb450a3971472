// Impls for distinct types, a Copy type with Clone, and a std trait for a local wrapper are all allowed.
use std::fmt;
trait Describe {
    fn describe(&self) -> String;
}
impl Describe for i32 {
    fn describe(&self) -> String {
        format!("int {}", self)
    }
}
impl Describe for bool {
    fn describe(&self) -> String {
        format!("bool {}", self)
    }
}
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
struct Id(u32);
struct List(Vec<i32>);
impl fmt::Display for List {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{} items", self.0.len())
    }
}
struct Wrapper<T> {
    inner: T,
}
impl<T: fmt::Debug> Wrapper<T> {
    fn show(&self) -> String {
        format!("{:?}", self.inner)
    }
}
fn main() {
    let a = Id(1);
    let b = a;
    println!("{} {} {}", 5.describe(), true.describe(), a < b);
    println!("{} {}", List(vec![1, 2]), Wrapper { inner: 3 }.show());
}
