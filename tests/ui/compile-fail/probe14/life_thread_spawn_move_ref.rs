//@ compile-fail
// `thread::spawn(move ..)` capturing a `&` to a local: still not 'static.
use std::thread;
fn main() {
    let v = vec![1, 2];
    let r = &v; //~ ERROR E0597
    let h = thread::spawn(move || println!("{:?}", r));
    h.join().unwrap();
}
