//@ compile-fail
// Moving a Vec into threads spawned in a loop (E0382).
use std::thread;
fn main() {
    let v = vec![1, 2];
    let mut hs = Vec::new();
    for _ in 0..2 {
        hs.push(thread::spawn(move || println!("{:?}", v))); //~ ERROR E0382
    }
    for h in hs { h.join().unwrap(); }
}
