//@ compile-fail
// A generic value moved into a thread needs `T: 'static`, which the bound does not say.
use std::fmt::Display;
use std::thread;

fn show_later<T: Display + Send>(x: T) {
    let h = thread::spawn(move || println!("{}", x)); //~ ERROR E0310
    h.join().unwrap();
}

fn main() {
    show_later(5);
}
