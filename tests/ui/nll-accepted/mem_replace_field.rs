// `mem::replace` swaps a new value into a borrowed field and returns the old one.
use std::mem;

struct Buffer {
    data: Vec<u8>,
}

fn flush(b: &mut Buffer) -> Vec<u8> {
    mem::replace(&mut b.data, Vec::new())
}

fn main() {
    let mut b = Buffer { data: vec![1, 2, 3] };
    let old = flush(&mut b);
    b.data.push(9);
    println!("{:?} {:?}", old, b.data);
    let older = mem::take(&mut b.data);
    println!("{:?} {:?}", older, b.data);
}
