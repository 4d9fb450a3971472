// A Vec doubles its capacity as it grows; each growth is one reallocation.
fn main() {
    let mut v = Vec::new();
    for i in 0..10 {
        v.push(i);
        println!("len {} cap {}", v.len(), v.capacity());
    }
}
