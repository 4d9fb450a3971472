// Methods of `impl<T: Send + 'static>` (or `where T: Send + 'static`) may move a `T` into a thread.
//@ no-stats
use std::thread;
struct Worker<T> {
    value: T,
}
impl<T: Send + 'static> Worker<T> {
    fn run(self) -> thread::JoinHandle<T> {
        thread::spawn(move || self.value)
    }
    fn run_with(&self, extra: T) -> thread::JoinHandle<T> {
        thread::spawn(move || extra)
    }
}
struct Pair<T> {
    a: T,
}
impl<T> Pair<T> where T: Send + std::fmt::Debug + 'static {
    fn show(self) -> thread::JoinHandle<String> {
        thread::spawn(move || format!("{:?}", self.a))
    }
}
fn main() {
    let w = Worker { value: 5 };
    println!("{}", w.run_with(7).join().unwrap());
    println!("{}", w.run().join().unwrap());
    let p = Pair { a: String::from("x") };
    println!("{}", p.show().join().unwrap());
}
