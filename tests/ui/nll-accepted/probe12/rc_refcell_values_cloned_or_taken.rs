// Values out of `Rc`, `RefCell` and `Mutex` by clone, `take` and `try_unwrap`.
use std::cell::RefCell;
use std::rc::Rc;
use std::sync::Mutex;
fn main() {
    let rc = Rc::new(String::from("a"));
    let s = (*rc).clone();
    let cell = RefCell::new(Some(String::from("b")));
    let t = cell.borrow_mut().take().unwrap();
    let m = Mutex::new(vec![1, 2]);
    let v = m.lock().unwrap().clone();
    let only = Rc::new(String::from("c"));
    let u = Rc::try_unwrap(only).unwrap();
    println!("{s} {t} {} {u} {:?}", v.len(), cell.borrow());
}
