// A mutable borrow is last used before a new shared binding of the same name borrows the data again.
fn main() {
    let mut data = vec![1, 2, 3];
    let r = &mut data;
    r.push(4);
    r.retain(|x| x % 2 == 0);
    let r = &data;
    println!("{:?} has {}", r, r.len());
    data.push(6);
    println!("{:?}", data);
}
