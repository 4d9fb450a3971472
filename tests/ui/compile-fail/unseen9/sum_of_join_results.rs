//@ compile-fail
// The results of join() are summed directly, without unwrapping each Result.
use std::thread;

fn main() {
    let handles: Vec<_> = (1..=3).map(|i| thread::spawn(move || i * 10)).collect();
    let total: i32 = handles.into_iter().map(|h| h.join()).sum(); //~ ERROR E0277
    println!("{}", total);
}
