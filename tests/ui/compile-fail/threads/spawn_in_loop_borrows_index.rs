//@ compile-fail
// A thread closure borrowing the loop variable.
use std::thread;

fn main() {
    let mut hs = Vec::new();
    for i in 0..3 {
        hs.push(thread::spawn(|| { //~ ERROR E0373
            println!("{}", i);
        }));
    }
    for h in hs {
        h.join().unwrap();
    }
}
