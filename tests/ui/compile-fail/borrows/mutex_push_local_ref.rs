//@ compile-fail
// A Mutex<Vec<&str>> keeps a borrow of a String that dies at the end of the block.
use std::sync::Mutex;

fn main() {
    let m: Mutex<Vec<&str>> = Mutex::new(Vec::new());
    {
        let local = String::from("x");
        m.lock().unwrap().push(local.as_str()); //~ ERROR E0597
    }
    println!("{}", m.lock().unwrap().len());
}
