// push_str grows to max(2*cap, needed) in one step.
fn main() {
    let mut s = String::new();
    s.push_str("hello");
    println!("{} {}", s.len(), s.capacity());
    s.push_str(", world");
    println!("{} {}", s.len(), s.capacity());
    s.push_str("!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!!");
    println!("{} {}", s.len(), s.capacity());
    s.push_str("x");
    println!("{} {}", s.len(), s.capacity());
    let mut t = String::from("abc");
    println!("{} {}", t.len(), t.capacity());
    t.push('d');
    println!("{} {}", t.len(), t.capacity());
}
