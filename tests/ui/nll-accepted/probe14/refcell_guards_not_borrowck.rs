// RefCell guards are checked at run time, not by the borrow checker.
use std::cell::RefCell;
fn main() {
    let cell = RefCell::new(vec![1]);
    {
        let r = cell.borrow();
        println!("{}", r.len());
    }
    cell.borrow_mut().push(2);
    let n = cell.borrow().len();
    println!("{}", n);
}
