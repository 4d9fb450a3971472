// Two `&mut` halves from `split_at_mut` swap their first elements.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let (a, b) = v.split_at_mut(2);
    std::mem::swap(&mut a[0], &mut b[0]);
    a[1] += b[1];
    println!("{:?}", v);
}
