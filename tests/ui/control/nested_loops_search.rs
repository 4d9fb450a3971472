// Nested loops searching a grid, with a break value from the outer loop.
fn main() {
    let grid = [[3, 8, 1], [9, 4, 7], [2, 6, 5]];
    let mut pos = None;
    'rows: for (r, row) in grid.iter().enumerate() {
        for (c, &v) in row.iter().enumerate() {
            if v == 7 {
                pos = Some((r, c));
                break 'rows;
            }
        }
    }
    println!("{pos:?}");
    let mut max = i32::MIN;
    for row in &grid {
        for &v in row {
            if v > max {
                max = v;
            }
        }
    }
    println!("max = {max}");
}
