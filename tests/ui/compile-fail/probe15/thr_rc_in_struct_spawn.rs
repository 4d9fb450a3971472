//@ compile-fail
// A struct with an Rc field moved to a thread (E0277).
use std::rc::Rc;
use std::thread;
struct Job { data: Rc<Vec<i32>> }
fn main() {
    let j = Job { data: Rc::new(vec![1]) };
    thread::spawn(move || println!("{:?}", j.data)).join().unwrap(); //~ ERROR E0277
}
