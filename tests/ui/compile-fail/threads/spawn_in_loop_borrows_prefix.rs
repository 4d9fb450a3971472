//@ compile-fail
// Threads spawned in a loop borrow a local String instead of owning a copy.
use std::thread;

fn main() {
    let prefix = String::from("job");
    let mut hs = Vec::new();
    for _ in 0..2 {
        hs.push(thread::spawn(|| prefix.repeat(2))); //~ ERROR E0373
    }
    for h in hs {
        println!("{}", h.join().unwrap());
    }
}
