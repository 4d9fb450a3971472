// reserve grows to max(2*cap, len+additional); reserve_exact to exactly len+additional.
fn main() {
    let mut a: Vec<u32> = vec![1, 2, 3];
    println!("{} {}", a.len(), a.capacity());
    a.reserve(1);
    println!("{} {}", a.len(), a.capacity());
    a.reserve(10);
    println!("{} {}", a.len(), a.capacity());
    a.reserve(2);
    println!("{} {}", a.len(), a.capacity());
    let mut b: Vec<u32> = vec![1, 2, 3];
    b.reserve_exact(1);
    println!("{} {}", b.len(), b.capacity());
    b.reserve_exact(10);
    println!("{} {}", b.len(), b.capacity());
    b.shrink_to_fit();
    println!("{} {}", b.len(), b.capacity());
    b.push(4);
    println!("{} {}", b.len(), b.capacity());
}
