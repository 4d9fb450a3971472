//@ compile-fail
// A `Ref` from a RefCell declared inside a block used after it.
use std::cell::RefCell;

fn main() {
    let r;
    {
        let c = RefCell::new(5);
        r = c.borrow(); //~ ERROR E0597
    }
    println!("{}", r);
}
