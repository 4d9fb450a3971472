//@ compile-fail
// A struct holding an Rc is not Send.
use std::rc::Rc;
use std::thread;

struct Shared {
    data: Rc<Vec<i32>>,
}

fn main() {
    let s = Shared { data: Rc::new(vec![1]) };
    let h = thread::spawn(move || s.data.len()); //~ ERROR E0277
    println!("{}", h.join().unwrap());
}
