// A labelled loop returning a value computed from a borrow that ends with the loop.
fn main() {
    let mut grid = vec![vec![1, 2], vec![3, 4], vec![5, 6]];
    let found = 'outer: loop {
        for (i, row) in grid.iter().enumerate() {
            for &x in row {
                if x == 4 {
                    break 'outer Some(i);
                }
            }
        }
        break None;
    };
    if let Some(i) = found {
        grid[i].push(40);
    }
    println!("{:?}", grid);
}
