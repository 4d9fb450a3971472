// split_at_mut gives two disjoint &mut halves of one array, used together.
fn main() {
    let mut row = [1, 2, 3, 4, 5, 6];
    let (left, right) = row.split_at_mut(3);
    for (l, r) in left.iter_mut().zip(right.iter_mut()) {
        std::mem::swap(l, r);
    }
    left[0] += right[0];
    println!("{:?}", row);
    if let Some((first, rest)) = row.split_first_mut() {
        *first = rest.iter().sum();
    }
    println!("{:?}", row);
}
