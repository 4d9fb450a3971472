// Recursion through a boxed trait object instead of a recursive impl Trait.
use std::fmt::Debug;
fn nest(n: u32) -> Box<dyn Debug> {
    if n == 0 { return Box::new(1) }
    Box::new(Some(nest(n - 1)))
}
fn main() { println!("{:?}", nest(2)); }
