// A Vec moved in each iteration is reassigned before the next one uses it.
fn flush(v: Vec<u8>) -> usize {
    v.len()
}

fn main() {
    let mut buf = Vec::new();
    let mut total = 0;
    for i in 0..3 {
        buf.push(i);
        total += flush(buf);
        buf = Vec::with_capacity(4);
    }
    println!("{} cap {}", total, buf.capacity());
}
