//@ compile-fail
// `thread::spawn` capturing a borrowed parameter: E0521.
use std::thread;
fn run(data: &Vec<i32>) {
    let h = thread::spawn(move || { //~ ERROR E0521
        println!("{:?}", data);
    });
    h.join().unwrap();
}
fn main() {
    run(&vec![1]);
}
