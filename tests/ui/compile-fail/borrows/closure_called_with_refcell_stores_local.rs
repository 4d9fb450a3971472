//@ compile-fail
// Calling a closure with `&cell` lets it store its captured borrow in the cell.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(Vec::new());
    {
        let local = String::from("x");
        let f = |c: &RefCell<Vec<&String>>| c.borrow_mut().push(&local); //~ ERROR E0597
        f(&cell);
    }
    println!("{:?}", cell);
}
