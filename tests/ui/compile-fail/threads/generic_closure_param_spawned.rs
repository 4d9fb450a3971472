//@ compile-fail
// The thread's closure owns `f: F`, and `F` has no `'static` bound (only `T` has one).
use std::thread;

fn run<T: Send + 'static, F>(x: T, f: F)
where
    F: FnOnce(T) + Send,
{
    thread::spawn(move || f(x)).join().unwrap(); //~ ERROR E0310
}

fn main() {
    run(3, |x| println!("{}", x));
}
