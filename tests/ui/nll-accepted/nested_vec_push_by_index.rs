// Indexing an outer Vec mutably to push into an inner Vec.
fn main() {
    let mut grid: Vec<Vec<u32>> = vec![Vec::new(); 3];
    for i in 0..6 {
        let row = i % 3;
        grid[row].push(i as u32);
    }
    let n = grid[0].len();
    grid[1].push(n as u32);
    println!("{:?}", grid);
    let total: usize = grid.iter().map(|r| r.len()).sum();
    println!("{}", total);
}
