//@ compile-fail
// A closure spawning threads with clones of a captured Arc requires what that Arc's Mutex holds to be `'static`:
// a borrow of a local String pushed later through a helper does not live long enough.
use std::sync::{Arc, Mutex};
use std::thread;

fn put<'a>(m: &Mutex<Vec<&'a str>>, s: &'a str) {
    m.lock().unwrap().push(s);
}

fn main() {
    let name = String::from("late");
    let shared: Arc<Mutex<Vec<&str>>> = Arc::new(Mutex::new(Vec::new()));
    let spawn_one = || {
        let s = Arc::clone(&shared);
        thread::spawn(move || s.lock().unwrap().len())
    };
    println!("{}", spawn_one().join().unwrap());
    put(&shared, &name); //~ ERROR E0597
    println!("{:?}", shared.lock().unwrap());
}
