//@ compile-fail
// A thread closure capturing a borrowed parameter lets it escape.
use std::thread;

fn run(data: &Vec<i32>) {
    let h = thread::spawn(move || { //~ ERROR E0521
        println!("{}", data.len());
    });
    h.join().unwrap();
}

fn main() {
    run(&vec![1, 2]);
}
