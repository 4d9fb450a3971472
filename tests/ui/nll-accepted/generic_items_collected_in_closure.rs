// A value whose type holds borrows only through the caller's type parameters (`Vec<T>`) cannot hold a local's borrow.
fn transpose<T: Clone>(rows: &[Vec<T>]) -> Vec<Vec<T>> {
    (0..rows[0].len()).map(|c| rows.iter().map(|r| r[c].clone()).collect()).collect()
}

fn column<T: Clone>(rows: &[Vec<T>], c: usize) -> Option<Vec<T>> {
    rows.iter().map(|r| r.get(c).cloned()).collect()
}

fn main() {
    let grid = vec![vec!['a', 'b', 'c'], vec!['d', 'e', 'f']];
    println!("{:?}", transpose(&grid));
    println!("{:?} {:?}", column(&grid, 2), column(&grid, 3));
}
