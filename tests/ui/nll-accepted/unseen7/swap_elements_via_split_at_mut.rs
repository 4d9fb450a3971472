// Two mutable views of one slice at once through split_at_mut, then the whole Vec is used.
fn main() {
    let mut row = vec![1, 2, 3, 4, 5, 6];
    {
        let (left, right) = row.split_at_mut(3);
        for (a, b) in left.iter_mut().zip(right.iter_mut()) {
            std::mem::swap(a, b);
        }
        left[0] += right[2];
    }
    row.push(0);
    println!("{:?}", row);
}
