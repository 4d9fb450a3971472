// A struct holding a reference to the grid is used for a report, then the grid is edited.
struct View<'g> {
    rows: &'g Vec<Vec<u8>>,
}

impl<'g> View<'g> {
    fn lit(&self) -> usize {
        self.rows.iter().flatten().filter(|&&c| c > 0).count()
    }
}

fn main() {
    let mut grid = vec![vec![0, 1, 1], vec![1, 0, 0]];
    let view = View { rows: &grid };
    println!("lit before: {}", view.lit());
    grid.push(vec![1, 1, 1]);
    grid[0][0] = 1;
    let view = View { rows: &grid };
    println!("lit after: {}", view.lit());
}
