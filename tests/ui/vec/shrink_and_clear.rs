// clear keeps the allocation; shrink_to_fit and shrink_to release it.
fn main() {
    let mut v: Vec<u64> = Vec::with_capacity(32);
    v.extend(0..20);
    println!("{} {}", v.len(), v.capacity());
    v.shrink_to(25);
    println!("{} {}", v.len(), v.capacity());
    v.shrink_to_fit();
    println!("{} {}", v.len(), v.capacity());
    v.clear();
    println!("{} {}", v.len(), v.capacity());
    v.shrink_to_fit();
    println!("{} {}", v.len(), v.capacity());
    v.push(1);
    println!("{} {}", v.len(), v.capacity());
}
