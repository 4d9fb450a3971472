//@ compile-fail
// A vector moved into a thread in each iteration of a loop.
use std::thread;

fn main() {
    let data = vec![1, 2];
    let mut hs = Vec::new();
    for _ in 0..2 {
        hs.push(thread::spawn(move || data.len())); //~ ERROR E0382
    }
    for h in hs {
        println!("{}", h.join().unwrap());
    }
}
