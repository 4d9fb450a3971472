//@ compile-fail
// A sandpile grid's array length comes from a let binding instead of a const.
fn main() {
    let n = 5;
    let mut grid = [[0u32; n]; 5]; //~ ERROR E0435
    grid[2][2] = 16;
    println!("{:?}", grid[2]);
}
