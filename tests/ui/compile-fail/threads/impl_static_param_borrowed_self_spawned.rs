//@ compile-fail
// `T: 'static` does not make `&self` static: a thread cannot keep a borrow of the worker.
use std::thread;
struct Worker<T> {
    value: T,
}
impl<T: Send + Sync + 'static> Worker<T> {
    fn peek(&self) -> thread::JoinHandle<()> {
        let v = &self.value;
        thread::spawn(move || drop(v)) //~ ERROR E0521
    }
}
fn main() {
    let w = Worker { value: 5 };
    w.peek().join().unwrap();
}
