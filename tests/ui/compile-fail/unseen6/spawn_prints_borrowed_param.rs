//@ compile-fail
// A `&str` parameter escapes into a spawned thread.
use std::thread;

fn announce(msg: &str) {
    let h = thread::spawn(move || { //~ ERROR E0521
        println!("{}", msg);
    });
    h.join().unwrap();
}

fn main() {
    announce("deploy done");
}
