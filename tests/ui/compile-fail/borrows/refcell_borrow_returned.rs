//@ compile-fail
// Returning a reference into a `RefCell`'s borrow guard, a temporary of the function.
use std::cell::RefCell;

fn first(c: &RefCell<Vec<i32>>) -> &i32 {
    &c.borrow()[0] //~ ERROR E0515
}

fn main() {
    let c = RefCell::new(vec![1]);
    println!("{}", first(&c));
}
