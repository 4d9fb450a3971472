// Growing a String byte by byte to 100 bytes: one alloc then a realloc at each doubling.
fn main() {
    let mut s = String::new();
    for _ in 0..100 {
        s.push('x');
    }
    println!("{} {}", s.len(), s.capacity());
    s.shrink_to_fit();
    println!("{} {}", s.len(), s.capacity());
}
