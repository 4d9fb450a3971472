//@ compile-fail
// A buffer is given to a consuming function inside a loop.
fn flush(buf: Vec<u8>) -> usize {
    buf.len()
}

fn main() {
    let buf = vec![1, 2, 3];
    for _ in 0..3 {
        println!("{}", flush(buf)); //~ ERROR E0382
    }
}
