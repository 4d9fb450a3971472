// a grid row borrowed to read its width, then the grid grows: the borrow is dead before the push (NLL)
fn main() {
    let mut grid: Vec<Vec<char>> = "#.#\n.#.".lines().map(|l| l.chars().collect()).collect();
    let first = &grid[0];
    let width = first.len();
    let walls = first.iter().filter(|&&c| c == '#').count();
    grid.push(vec!['.'; width]);
    grid[2][walls] = '#';
    for row in &grid {
        println!("{}", row.iter().collect::<String>());
    }
}
