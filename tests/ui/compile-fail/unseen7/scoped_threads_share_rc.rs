//@ compile-fail
// Scoped threads read a shared Rc<String> by reference: &Rc is not Send because Rc is not Sync.
use std::rc::Rc;
use std::thread;

fn main() {
    let greeting = Rc::new(String::from("hello"));
    let lengths = vec![1, 2, 3];
    thread::scope(|s| {
        for n in &lengths {
            s.spawn(|| { //~ ERROR E0277
                println!("{} {}", greeting, n);
            });
        }
    });
}
