//@ compile-fail
// `thread::spawn` without `use std::thread;`: a module to import.
fn main() {
    let handle = thread::spawn(|| 40 + 2); //~ ERROR E0433
    println!("{}", handle.join().unwrap());
}
