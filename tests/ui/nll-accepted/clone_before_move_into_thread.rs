// Cloning before `move` keeps a copy in main.
//@ no-stats
use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let for_thread = v.clone();
    let h = thread::spawn(move || for_thread.iter().sum::<i32>());
    let sum = h.join().unwrap();
    println!("{} {:?}", sum, v);
    let name = String::from("worker");
    let n2 = name.clone();
    let len = thread::spawn(move || n2.len()).join().unwrap();
    println!("{} {}", name, len);
}
