// NLL: a shared borrow ends at its last use, so a later mutable borrow is fine.
fn main() {
    let mut v = vec![1, 2, 3];
    let first = &v[0];
    println!("first = {}", first);
    v.push(4);
    println!("{:?}", v);
    let total: i32 = v.iter().sum();
    println!("total = {}", total);
}
