// `split_at_mut` gives two disjoint mutable slices of one Vec.
fn main() {
    let mut v = vec![1, 2, 3, 4, 5, 6];
    let (left, right) = v.split_at_mut(3);
    left[0] = right[0] * 10;
    right[2] += left[1];
    println!("{:?}", v);
    let (a, b) = v.split_at_mut(1);
    a[0] += b[0];
    println!("{:?}", v);
}
