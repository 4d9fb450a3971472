//@ compile-fail
// A thread counting words of a local String captures it by reference.
use std::thread;

fn main() {
    let text = String::from("count these words");
    let handle = thread::spawn(|| { //~ ERROR E0373
        text.split_whitespace().count()
    });
    println!("{}", handle.join().unwrap());
}
