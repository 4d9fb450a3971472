//@ compile-fail
// A scoped thread borrowing a local of the scope's closure must outlive the scope: rustc's E0373
// on the spawned closure (not E0597 on the local).
use std::thread;
fn main() {
    let mut totals = vec![1, 2];
    thread::scope(|s| {
        let local = 5;
        s.spawn(|| println!("{}", local)); //~ ERROR E0373
    });
    totals.push(3);
    println!("{:?}", totals);
}
