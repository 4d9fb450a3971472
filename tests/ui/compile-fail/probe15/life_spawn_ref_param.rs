//@ compile-fail
// thread::spawn capturing a reference parameter (E0521).
use std::thread;
fn run(v: &Vec<i32>) {
    let h = thread::spawn(move || println!("{:?}", v)); //~ ERROR E0521
    h.join().unwrap();
}
fn main() {
    run(&vec![1]);
}
