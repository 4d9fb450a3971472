// A move closure transfers ownership of a Vec into the spawned thread.
//@ no-stats
use std::thread;

fn main() {
    let v = vec![1, 2, 3];
    let handle = thread::spawn(move || {
        let doubled: Vec<i32> = v.iter().map(|x| x * 2).collect();
        format!("{:?} -> {:?}", v, doubled)
    });
    println!("{}", handle.join().unwrap());
}
