//@ compile-fail
// A thread closure borrowing a local Vec: the thread may outlive `main`'s frame.
use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let handle = thread::spawn(|| { //~ ERROR E0373
        println!("{:?}", v);
    });
    handle.join().unwrap();
}
