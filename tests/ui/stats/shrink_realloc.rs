// shrink_to_fit and reserve call realloc; the counts show reallocs separately from allocs.
fn main() {
    let mut v: Vec<u32> = Vec::with_capacity(64);
    v.extend(0..10);
    v.shrink_to_fit();
    v.reserve(100);
    v.push(1);
    println!("{} {}", v.len(), v.capacity());
    v.truncate(2);
    v.shrink_to_fit();
    println!("{} {}", v.len(), v.capacity());
}
