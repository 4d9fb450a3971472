//@ compile-fail
// A reference to a local is passed to an `impl Debug + 'static` parameter that is boxed.
use std::fmt::Debug;

fn store(x: impl Debug + 'static) -> Box<dyn Debug> {
    Box::new(x)
}

fn main() {
    let name = String::from("ferris");
    let b = store(&name); //~ ERROR E0597
    println!("{:?}", b);
}
