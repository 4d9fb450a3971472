//@ compile-fail
// `thread::spawn` in a function capturing a `&mut` parameter.
use std::thread;
fn run(n: &mut i32) {
    thread::spawn(move || *n += 1).join().unwrap(); //~ ERROR E0521
}
fn main() {
    let mut n = 0;
    run(&mut n);
    println!("{}", n);
}
