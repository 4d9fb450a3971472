//@ compile-fail
// A helper spawns a thread that prints a &str parameter, which is not 'static.
use std::thread;

fn log_async(msg: &str) -> thread::JoinHandle<()> {
    thread::spawn(move || { //~ ERROR E0521
        println!("[log] {}", msg);
    })
}

fn main() {
    let m = String::from("started");
    log_async(&m).join().unwrap();
}
