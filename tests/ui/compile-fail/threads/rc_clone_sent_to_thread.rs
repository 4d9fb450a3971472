//@ compile-fail
// A clone of an Rc is still an Rc: it cannot be sent to another thread.
use std::rc::Rc;
use std::thread;

fn main() {
    let list = Rc::new(vec![1, 2]);
    let l2 = Rc::clone(&list);
    let h = thread::spawn(move || l2.len()); //~ ERROR E0277
    println!("{} {}", h.join().unwrap(), list.len());
}
