// Rc<RefCell<Vec>> mutation, Weak::upgrade, Cell::get on Copy, Cell::take on String, Rc::try_unwrap.
use std::rc::{Rc, Weak};
use std::cell::{Cell, RefCell};
struct Node { v: u32 }
fn main() {
    let r = Rc::new(RefCell::new(vec![1]));
    r.borrow_mut().push(2);
    let n = Rc::new(Node { v: 4 });
    let w: Weak<Node> = Rc::downgrade(&n);
    let v = w.upgrade().map(|n| n.v).unwrap_or(0);
    let c = Cell::new(5);
    c.set(c.get() + 1);
    let s = Cell::new(String::from("x"));
    let taken = s.take();
    let t = Rc::try_unwrap(Rc::new(String::from("y"))).unwrap();
    let mut m = Rc::new(7);
    if let Some(x) = Rc::get_mut(&mut m) { *x += 1; }
    let first = c.get();
    println!("{:?} {} {} {} {} {} {}", r.borrow(), v, first, taken, t, m, Rc::strong_count(&n));
}
