// The `Ref` of a RefCell is dropped before `borrow_mut`, so no panic happens.
use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let shared = Rc::new(RefCell::new(Vec::new()));
    let other = Rc::clone(&shared);
    for i in 0..3 {
        let len = shared.borrow().len();
        other.borrow_mut().push(len + i);
    }
    println!("{:?} {}", shared.borrow(), Rc::strong_count(&shared));
}
