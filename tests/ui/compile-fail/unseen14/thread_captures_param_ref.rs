//@ compile-fail
// A &str parameter moved into a spawned thread escapes the function (E0521)
use std::thread;

fn log_later(msg: &str) {
    let h = thread::spawn(move || { //~ ERROR E0521
        println!("log: {}", msg);
    });
    h.join().unwrap();
}

fn main() {
    log_later("hello");
}
