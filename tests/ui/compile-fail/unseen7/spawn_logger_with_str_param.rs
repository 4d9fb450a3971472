//@ compile-fail
// A function spawns a thread that prints its &str parameter.
use std::thread;

fn spawn_logger(msg: &str) -> thread::JoinHandle<()> {
    thread::spawn(move || { //~ ERROR E0521
        println!("log: {}", msg);
    })
}

fn main() {
    let text = String::from("started");
    spawn_logger(&text).join().unwrap();
}
