// RefCell borrows checked at run time: each borrow ends before the next begins.
use std::cell::RefCell;

fn main() {
    let cell = RefCell::new(vec![1, 2]);
    cell.borrow_mut().push(3);
    let len = cell.borrow().len();
    println!("{}", len);
    {
        let mut w = cell.borrow_mut();
        w.push(4);
    }
    println!("{:?}", cell.borrow());
}
