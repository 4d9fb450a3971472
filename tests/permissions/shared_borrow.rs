// The Rust Book's example: a shared borrow takes W and O away from `v` until its last use.
fn main() {
    let mut v = vec![1, 2, 3];
    let num = &v[2];
    println!("third element is {}", *num);
    v.push(4);
    println!("{} elements", v.len());
}
