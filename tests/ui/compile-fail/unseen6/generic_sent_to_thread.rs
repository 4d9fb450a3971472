//@ compile-fail
// A generic value sent to a thread needs `T: 'static` as well as `Send`.
use std::fmt::Debug;
use std::thread;

fn log_later<T: Debug + Send>(value: T) {
    let h = thread::spawn(move || println!("{:?}", value)); //~ ERROR E0310
    h.join().unwrap();
}

fn main() {
    log_later(42);
}
