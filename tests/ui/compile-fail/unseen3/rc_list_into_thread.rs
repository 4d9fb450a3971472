//@ compile-fail
// A vector of Rc handles moved into a spawned thread.
use std::rc::Rc;
use std::thread;

fn main() {
    let shared = Rc::new(String::from("config"));
    let list = vec![Rc::clone(&shared), Rc::clone(&shared)];
    let h = thread::spawn(move || list.len()); //~ ERROR E0277
    println!("{}", h.join().unwrap());
}
