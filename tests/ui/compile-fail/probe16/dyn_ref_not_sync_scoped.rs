//@ compile-fail
// A &dyn Fn() shared across scoped threads needs Sync (E0277).
use std::thread;
fn main() {
    let f: &dyn Fn() = &|| println!("hi");
    thread::scope(|s| {
        s.spawn(|| f()); //~ ERROR E0277
    });
}
