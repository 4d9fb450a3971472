//@ compile-fail
// Rc<RefCell<T>>::borrow_mut result stored in a non-mut binding, then mutated (E0596).
use std::rc::Rc;
use std::cell::RefCell;
fn main() {
    let r = Rc::new(RefCell::new(vec![1]));
    let g = r.borrow();
    let v: &mut Vec<u32> = &mut g; //~ ERROR E0596
//~^ ERROR E0596
    v.push(2);
}
