//@ compile-fail
// A job struct holding an Rc<RefCell<Vec<String>>> log is moved into a spawned thread.
use std::cell::RefCell;
use std::rc::Rc;
use std::thread;

struct Job {
    name: String,
    log: Rc<RefCell<Vec<String>>>,
}

impl Job {
    fn run(&self) {
        self.log.borrow_mut().push(format!("{} done", self.name));
    }
}

fn main() {
    let log = Rc::new(RefCell::new(Vec::new()));
    let job = Job { name: "resize".into(), log: Rc::clone(&log) };
    let handle = thread::spawn(move || job.run()); //~ ERROR E0277
    handle.join().unwrap();
    println!("{:?}", log.borrow());
}
