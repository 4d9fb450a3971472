// split_at_mut gives two disjoint mutable halves of one buffer.
fn main() {
    let mut buf = vec![1, 2, 3, 4, 5, 6];
    let (left, right) = buf.split_at_mut(3);
    for (l, r) in left.iter_mut().zip(right.iter_mut()) {
        std::mem::swap(l, r);
    }
    left[0] += 100;
    println!("{:?}", buf);
}
