// A generic value moved into a thread, with `'static` written inline or in a where-clause.
//@ no-stats
use std::fmt::Debug;
use std::thread;

fn show_later<T: Debug + Send + 'static>(x: T) -> String {
    thread::spawn(move || format!("{:?}", x)).join().unwrap()
}

fn run<T, F>(x: T, f: F) -> usize
where
    T: Send + 'static,
    F: FnOnce(T) -> usize + Send + 'static,
{
    thread::spawn(move || f(x)).join().unwrap()
}

fn boxed<T: Debug + 'static>(x: T) -> Box<dyn Debug> {
    Box::new(x)
}

fn main() {
    println!("{}", show_later(vec![1, 2]));
    println!("{}", run(String::from("four"), |s| s.len()));
    println!("{:?}", boxed((1, "two")));
}
