//@ compile-fail
// Moving a vector while a closure still borrows it.
fn main() {
    let v = vec![1, 2, 3];
    let count = || v.len();
    let moved = v; //~ ERROR E0505
    println!("{} {}", count(), moved.len());
}
