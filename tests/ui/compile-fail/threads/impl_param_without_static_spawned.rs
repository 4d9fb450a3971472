//@ compile-fail
// A parameter of `impl<T: Send>` has no `'static` bound: a thread cannot own a `T`.
use std::thread;
struct Worker<T> {
    value: T,
}
impl<T: Send> Worker<T> {
    fn run(self) -> thread::JoinHandle<T> {
        thread::spawn(move || self.value) //~ ERROR E0310
    }
}
fn main() {
    let w = Worker { value: 5 };
    println!("{}", w.run().join().unwrap());
}
