// A RefCell borrow held in a block, then borrow_mut after it ends.
use std::cell::RefCell;
fn main() {
    let c = RefCell::new(vec![1, 2]);
    {
        let r = c.borrow();
        println!("{}", r[0]);
    }
    c.borrow_mut().push(3);
    let n = c.borrow().len();
    println!("{}", n);
}
