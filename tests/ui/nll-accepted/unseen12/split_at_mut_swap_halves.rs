// split_at_mut gives two mutable slices of one array that are used together.
fn main() {
    let mut cells = [1, 2, 3, 4, 5, 6];
    let (left, right) = cells.split_at_mut(3);
    for (a, b) in left.iter_mut().zip(right.iter_mut()) {
        std::mem::swap(a, b);
    }
    left[0] += right[0];
    println!("{:?}", cells);
}
