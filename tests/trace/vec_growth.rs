// A Vec grows by reallocating its buffer: capacity 4, then 8.
fn main() {
    let mut v = Vec::new();
    for i in 1..=5 {
        v.push(i * 10);
    }
    println!("{} {}", v.len(), v.capacity());
}
