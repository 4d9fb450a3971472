//@ compile-fail
// `thread::spawn` with a non-move closure borrowing a local.
use std::thread;
fn main() {
    let v = vec![1, 2];
    let h = thread::spawn(|| { //~ ERROR E0373
        println!("{:?}", v);
    });
    h.join().unwrap();
}
