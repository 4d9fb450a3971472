// A &(dyn Fn() + Sync) shared across scoped threads.
//@ no-stats
use std::thread;
fn main() {
    let f: &(dyn Fn() -> u32 + Sync) = &|| 5;
    let mut out = Vec::new();
    thread::scope(|s| {
        let h = s.spawn(|| f());
        out.push(h.join().unwrap());
    });
    println!("{:?}", out);
}
