//@ compile-fail
// A spawned thread's closure borrows a local Vec without move (E0373)
use std::thread;

fn main() {
    let data = vec![1, 2, 3];
    let handle = thread::spawn(|| { //~ ERROR E0373
        println!("sum {}", data.iter().sum::<i32>());
    });
    handle.join().unwrap();
}
