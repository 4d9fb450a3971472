//@ compile-fail
// A cleanup closure that moves its captured buffer out is called twice.
fn main() {
    let buffer = vec![1u8, 2, 3];
    let cleanup = move || {
        let freed = buffer;
        println!("freed {} bytes", freed.len());
    };
    cleanup();
    cleanup(); //~ ERROR E0382
}
