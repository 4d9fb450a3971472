//@ compile-fail
// A `T: 'static` bound refuses a borrowed local.
use std::fmt::Debug;

fn keep<T: Debug + 'static>(x: T) -> Box<dyn Debug> {
    Box::new(x)
}

fn main() {
    let n = 3;
    let b = keep(&n); //~ ERROR E0597
    println!("{:?}", b);
}
