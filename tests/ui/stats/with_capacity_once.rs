// Vec::with_capacity(100) then 100 pushes: exactly one allocation of 400 bytes.
fn main() {
    let mut v = Vec::with_capacity(100);
    for i in 0..100u32 {
        v.push(i);
    }
    println!("{} {}", v.len(), v.capacity());
    let total: u32 = v.iter().sum();
    println!("{total}");
}
