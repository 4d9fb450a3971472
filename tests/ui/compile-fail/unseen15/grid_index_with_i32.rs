//@ compile-fail
// a grid indexed with i32 coordinates after neighbour arithmetic: Vec is indexed by usize only
fn main() {
    let grid: Vec<Vec<char>> = "#..\n.#.\n..#".lines().map(|l| l.chars().collect()).collect();
    let (x, y): (i32, i32) = (1, 1);
    let mut walls = 0;
    for (dx, dy) in [(-1, 0), (1, 0), (0, -1), (0, 1)] {
        let (nx, ny) = (x + dx, y + dy);
        if grid[ny][nx] == '#' { //~ ERROR E0277
            walls += 1;
        }
    }
    println!("{walls}");
}
