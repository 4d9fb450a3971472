// An Rc cycle keeps both nodes alive after main's locals are gone: leaked_bytes > 0.
use std::cell::RefCell;
use std::rc::Rc;

struct Node {
    next: RefCell<Option<Rc<Node>>>,
    payload: [u8; 16],
}

fn main() {
    let a = Rc::new(Node { next: RefCell::new(None), payload: [1; 16] });
    let b = Rc::new(Node { next: RefCell::new(Some(Rc::clone(&a))), payload: [2; 16] });
    *a.next.borrow_mut() = Some(Rc::clone(&b));
    println!("{} {}", Rc::strong_count(&a), a.payload[0] + b.payload[0]);
}
