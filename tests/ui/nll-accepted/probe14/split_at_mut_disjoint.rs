// `split_at_mut` gives two disjoint halves.
fn main() {
    let mut v = vec![1, 2, 3, 4];
    let (a, b) = v.split_at_mut(2);
    a[0] = b[0];
    b[1] += a[1];
    v.push(5);
    println!("{:?}", v);
}
