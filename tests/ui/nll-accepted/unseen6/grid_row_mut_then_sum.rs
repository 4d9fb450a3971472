// A `&mut` to one row of a grid is last used before the whole grid is read.
fn main() {
    let mut grid = vec![vec![0; 3]; 3];
    for r in 0..3 {
        let row = &mut grid[r];
        row[r] = 1;
        row[(r + 1) % 3] = 2;
    }
    let total: i32 = grid.iter().flatten().sum();
    let diag: Vec<i32> = (0..3).map(|i| grid[i][i]).collect();
    println!("{:?} total {} diag {:?}", grid, total, diag);
}
