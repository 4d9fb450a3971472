// String capacity as bytes are pushed one at a time: 8, then doubling.
fn main() {
    let mut s = String::new();
    println!("{} {}", s.len(), s.capacity());
    let mut last = s.capacity();
    for i in 0..40 {
        s.push((b'a' + (i % 26) as u8) as char);
        if s.capacity() != last {
            println!("len {} -> cap {}", s.len(), s.capacity());
            last = s.capacity();
        }
    }
    println!("{s}");
}
