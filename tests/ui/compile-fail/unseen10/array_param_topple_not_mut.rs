//@ compile-fail
// An array taken by value is toppled in place, but the parameter was not declared mut.
fn topple(grid: [[u32; 3]; 3]) -> [[u32; 3]; 3] {
    if grid[1][1] >= 4 {
        grid[1][1] -= 4; //~ ERROR E0594
    }
    grid
}

fn main() {
    let g = topple([[0, 0, 0], [0, 5, 0], [0, 0, 0]]);
    println!("{:?}", g);
}
