// Two live `borrow_mut()`s compile; RefCell refuses the second at run time.
use std::cell::RefCell;

fn main() {
    let log = RefCell::new(vec![1]);
    let mut a = log.borrow_mut();
    a.push(2);
    println!("first borrow ok: {:?}", a);
    let mut b = log.borrow_mut();
    b.push(3);
    println!("never printed");
}
