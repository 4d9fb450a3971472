//@ compile-fail
// Pushing a borrow of a block-local String into a RefCell kept after the block.
use std::cell::RefCell;
fn main() {
    let log: RefCell<Vec<&str>> = RefCell::new(Vec::new());
    {
        let local = String::from("x");
        log.borrow_mut().push(&local); //~ ERROR E0597
    }
    println!("{}", log.borrow().len());
}
