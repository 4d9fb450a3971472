// Building a fresh String per iteration allocates (and frees) every time.
fn main() {
    let mut lengths = [0usize; 5];
    for (i, slot) in lengths.iter_mut().enumerate() {
        let mut buffer = String::new();
        for _ in 0..=i {
            buffer.push_str("abc");
        }
        *slot = buffer.len();
    }
    println!("{lengths:?}");
}
