//@ compile-fail
// A config String is moved into a thread while a slice of it is still borrowed.
use std::thread;

fn main() {
    let config = String::from("mode=fast");
    let mode = &config[5..];
    let h = thread::spawn(move || { //~ ERROR E0505
        println!("{}", config);
    });
    println!("{}", mode);
    h.join().unwrap();
}
