// Vec::with_capacity allocates once; pushing past it doubles.
fn main() {
    let mut v = Vec::with_capacity(10);
    println!("{} {}", v.len(), v.capacity());
    for i in 0..10 {
        v.push(i);
    }
    println!("{} {}", v.len(), v.capacity());
    v.push(10);
    println!("{} {}", v.len(), v.capacity());
    let e: Vec<u64> = Vec::with_capacity(0);
    println!("{} {}", e.len(), e.capacity());
    let z = vec![0u8; 5];
    println!("{} {}", z.len(), z.capacity());
}
