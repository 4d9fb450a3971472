// Freeing before allocating keeps peak_bytes low even when bytes_allocated is large.
fn main() {
    let mut total = 0;
    for i in 1..=8 {
        let v = vec![0u8; 1000 * i];
        total += v.len();
    }
    println!("{total}");
    let kept = vec![0u8; 500];
    println!("{}", kept.len());
}
