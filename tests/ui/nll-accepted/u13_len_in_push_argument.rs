// v.push(v.len()): a two-phase borrow lets the argument read the Vec before the push activates.
fn main() {
    let mut v: Vec<usize> = Vec::new();
    for _ in 0..5 {
        v.push(v.len() * 10);
    }
    let mut s = String::from("ab");
    s.push_str(&s.len().to_string());
    println!("{:?} {} cap {}", v, s, v.capacity());
}
