// Passing a `&mut Vec` parameter to a helper in a loop reborrows it; it is usable afterwards.
fn append_square(buf: &mut Vec<u64>, n: u64) {
    buf.push(n * n);
}

fn fill(buf: &mut Vec<u64>, upto: u64) -> usize {
    for n in 1..=upto {
        append_square(buf, n);
    }
    buf.push(0);
    buf.len()
}

fn main() {
    let mut squares = Vec::new();
    let r = &mut squares;
    let n = fill(r, 4);
    r.push(99);
    println!("{} {:?}", n, squares);
}
