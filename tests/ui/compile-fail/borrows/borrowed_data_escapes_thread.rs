//@ compile-fail
// A reference parameter sent into a spawned thread escapes the function.
use std::thread;

fn spawn_printer(s: &String) {
    let h = thread::spawn(move || { //~ ERROR E0521
        println!("{}", s);
    });
    h.join().unwrap();
}

fn main() {
    spawn_printer(&String::from("x"));
}
