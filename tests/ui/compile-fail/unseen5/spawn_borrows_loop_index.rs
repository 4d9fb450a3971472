//@ compile-fail
// Each spawned thread's closure borrows the loop variable, which may not live long enough.
use std::thread;

fn main() {
    let mut handles = Vec::new();
    for worker in 0..3 {
        handles.push(thread::spawn(|| { //~ ERROR E0373
            println!("worker {} starting", worker);
        }));
    }
    for h in handles {
        h.join().unwrap();
    }
}
