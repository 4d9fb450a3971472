// RefCell tracks its borrows at run time.
use std::cell::RefCell;

fn main() {
    let c = RefCell::new(vec![1, 2]);
    {
        let r1 = c.borrow();
        let r2 = c.borrow();
        println!("{} {}", r1.len(), r2.len());
    }
    {
        let mut m = c.borrow_mut();
        m.push(3);
    }
    println!("{:?}", c.borrow());
}
