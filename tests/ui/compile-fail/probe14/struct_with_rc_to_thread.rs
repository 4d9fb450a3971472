//@ compile-fail
// A struct holding an Rc moved into a spawned thread.
use std::rc::Rc;
use std::thread;
struct Job { name: Rc<String> }
fn main() {
    let j = Job { name: Rc::new("a".into()) };
    let h = thread::spawn(move || { //~ ERROR E0277
        println!("{}", j.name);
    });
    h.join().unwrap();
}
