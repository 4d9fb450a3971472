// Two-phase borrow: `v.insert(v.len(), x)` and `v.truncate(v.len() - 1)`.
fn main() {
    let mut v = vec![1, 2, 3];
    v.insert(v.len(), 4);
    v.insert(v.len() / 2, 99);
    println!("{:?}", v);
    v.truncate(v.len() - 1);
    println!("{:?}", v);
    v.remove(v.len() - 1);
    println!("{:?}", v);
}
