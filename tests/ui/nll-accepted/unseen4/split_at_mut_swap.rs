// split_at_mut and iter_mut give non-overlapping &mut views of one slice.
fn main() {
    let mut v = [1, 2, 3, 4, 5, 6];
    let (left, right) = v.split_at_mut(3);
    for (a, b) in left.iter_mut().zip(right.iter_mut()) {
        std::mem::swap(a, b);
    }
    left[0] += right[0];
    println!("{:?}", v);
    let mut grid = vec![vec![0; 3]; 3];
    for (i, row) in grid.iter_mut().enumerate() {
        for (j, cell) in row.iter_mut().enumerate() {
            *cell = i * 3 + j;
        }
    }
    if let [first, .., last] = grid.as_mut_slice() {
        first.append(last);
    }
    println!("{:?}", grid);
    let (a, b) = v.split_first_mut().unwrap();
    *a += b.iter().sum::<i32>();
    println!("{:?}", v);
}
