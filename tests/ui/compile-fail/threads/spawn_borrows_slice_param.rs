//@ compile-fail
// A spawned thread borrowing a slice parameter may outlive the function.
use std::thread;

fn sum_in_thread(v: &[i32]) -> i32 {
    let h = thread::spawn(move || v.iter().sum::<i32>()); //~ ERROR E0521
    h.join().unwrap()
}

fn main() {
    println!("{}", sum_in_thread(&[1, 2, 3]));
}
