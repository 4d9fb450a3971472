// A panicking thread makes join return Err; the main thread keeps running.
//@ no-stats
use std::thread;

fn main() {
    let h = thread::Builder::new()
        .name("worker".into())
        .spawn(|| {
            let v: Vec<i32> = Vec::new();
            v[1]
        })
        .unwrap();
    let r = h.join();
    println!("worker failed: {}", r.is_err());
    println!("main continues");
}
