//@ compile-fail
// A reference to the first row of a grid is held while another cell of the grid is assigned.
fn main() {
    let mut grid = vec![vec![0u8; 3]; 3];
    let top = &grid[0];
    grid[1][1] = 9; //~ ERROR E0502
    println!("top row {:?}", top);
}
