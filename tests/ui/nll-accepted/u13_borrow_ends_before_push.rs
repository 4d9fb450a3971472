// A reference to an element is last used before the Vec grows: NLL ends the borrow there.
fn main() {
    let mut v = Vec::with_capacity(2);
    v.push(10);
    v.push(20);
    let first = &v[0];
    println!("first {}", first);
    v.push(30);
    println!("len {} cap {}", v.len(), v.capacity());
}
