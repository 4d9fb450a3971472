// split_at_mut and iter_mut give disjoint mutable borrows of one slice at the same time
fn main() {
    let mut grid = [1, 2, 3, 4, 5, 6];
    let (left, right) = grid.split_at_mut(3);
    for (a, b) in left.iter_mut().zip(right.iter_mut()) {
        std::mem::swap(a, b);
        *a += 10;
    }
    println!("{:?}", grid);
    if let Some((first, rest)) = grid.split_first_mut() {
        *first = rest.iter().sum();
    }
    println!("{:?}", grid);
}
