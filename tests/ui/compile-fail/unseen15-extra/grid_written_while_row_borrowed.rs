//@ compile-fail
// a grid cell is written while a for loop still borrows the grid's rows
fn main() {
    let mut grid = vec![vec![0u8; 3]; 3];
    for row in &grid {
        if row[0] == 0 {
            grid[0][0] = 1; //~ ERROR E0502
        }
    }
    println!("{:?}", grid);
}
