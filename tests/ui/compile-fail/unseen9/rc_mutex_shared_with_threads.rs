//@ compile-fail
// A counter in Rc<Mutex<_>> is cloned into spawned threads instead of using Arc.
use std::rc::Rc;
use std::sync::Mutex;
use std::thread;

fn main() {
    let counter = Rc::new(Mutex::new(0));
    let mut handles = vec![];
    for _ in 0..3 {
        let c = Rc::clone(&counter);
        handles.push(thread::spawn(move || { //~ ERROR E0277
            *c.lock().unwrap() += 1;
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
    println!("{}", *counter.lock().unwrap());
}
