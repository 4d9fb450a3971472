//@ compile-fail
// A borrowed parameter is moved into a spawned thread that may outlive it.
use std::thread;

fn spawn_printer(msg: &str) {
    thread::spawn(move || { //~ ERROR E0521
        println!("{}", msg);
    });
}

fn main() {
    spawn_printer("hi");
}
