// Reusing one String buffer with clear() avoids a new allocation per line.
fn main() {
    let mut buffer = String::new();
    let mut lengths = [0usize; 5];
    for (i, slot) in lengths.iter_mut().enumerate() {
        buffer.clear();
        for _ in 0..=i {
            buffer.push_str("abc");
        }
        *slot = buffer.len();
    }
    println!("{lengths:?} cap {}", buffer.capacity());
}
