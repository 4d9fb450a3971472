// A RefCell is borrowed mutably in a statement and immutably in the next: run-time flags, no conflict.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2]);
    cell.borrow_mut().push(3);
    let n = cell.borrow().len();
    {
        let mut w = cell.borrow_mut();
        w.push(n as i32);
    }
    println!("{:?}", cell.borrow());
}
