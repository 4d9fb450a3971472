//@ compile-fail
// A closure pushing the first byte of a captured String into a captured RefCell<Vec<&u8>>: the String stays borrowed.
use std::cell::RefCell;

fn main() {
    let bytes = RefCell::new(Vec::new());
    let s = String::from("abc");
    let f = || bytes.borrow_mut().push(&s.as_bytes()[0]);
    f();
    drop(s); //~ ERROR E0505
    println!("{:?}", bytes.borrow());
}
