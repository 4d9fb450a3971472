// Closures bound to variables, called with literals, store them in a `&'static str` field or give them to a thread.
//@ no-stats
use std::thread;
#[derive(Debug)]
struct Tok {
    w: &'static str,
}
fn main() {
    let mut n = 0;
    let mut f = |w| { n += 1; Tok { w } };
    let a = f("x");
    let b = f("yy");
    let g = |w| thread::spawn(move || w);
    let h = g("z").join().unwrap();
    println!("{:?} {:?} {} {}", a, b, n, h);
}
