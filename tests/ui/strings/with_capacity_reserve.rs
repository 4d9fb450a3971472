// with_capacity, reserve, reserve_exact, shrink_to_fit and clear on a String.
fn main() {
    let mut s = String::with_capacity(10);
    println!("{} {}", s.len(), s.capacity());
    s.push_str("0123456789");
    println!("{} {}", s.len(), s.capacity());
    s.reserve(1);
    println!("{} {}", s.len(), s.capacity());
    s.reserve(100);
    println!("{} {}", s.len(), s.capacity());
    s.shrink_to_fit();
    println!("{} {}", s.len(), s.capacity());
    s.reserve_exact(5);
    println!("{} {}", s.len(), s.capacity());
    s.clear();
    println!("{} {} {:?}", s.len(), s.capacity(), s);
    s.shrink_to_fit();
    println!("{} {}", s.len(), s.capacity());
    s.shrink_to(4);
    println!("{} {}", s.len(), s.capacity());
}
