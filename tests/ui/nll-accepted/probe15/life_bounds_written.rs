// `T: 'static` and `T: 'a` written where boxing and spawning need them.
use std::fmt::Debug;
use std::thread;
fn boxed<T: Debug + 'static>(t: T) -> Box<dyn Debug> { Box::new(t) }
fn boxed_a<'a, T: Debug + 'a>(t: T) -> Box<dyn Debug + 'a> { Box::new(t) }
fn run<T: Send + Debug + 'static>(t: T) { thread::spawn(move || println!("{:?}", t)).join().unwrap(); }
fn main() {
    println!("{:?} {:?}", boxed(1), boxed_a("a"));
    run(2);
}
