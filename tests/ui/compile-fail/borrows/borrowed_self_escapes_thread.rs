//@ compile-fail
// A `&self` method spawning a thread that uses a field: the borrow escapes.
use std::thread;

struct Job {
    name: String,
}

impl Job {
    fn run(&self) {
        let name = &self.name;
        thread::spawn(move || println!("running {}", name)); //~ ERROR E0521
    }
}

fn main() {
    let j = Job { name: String::from("backup") };
    j.run();
}
