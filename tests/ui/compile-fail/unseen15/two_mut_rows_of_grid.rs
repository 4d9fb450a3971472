//@ compile-fail
// two mutable borrows of rows of the same grid to swap cells
fn main() {
    let mut grid = vec![vec!['.'; 3]; 3];
    grid[0][1] = '#';
    let top = &mut grid[0];
    let bottom = &mut grid[2]; //~ ERROR E0499
    std::mem::swap(&mut top[1], &mut bottom[1]);
    println!("{:?}", grid);
}
