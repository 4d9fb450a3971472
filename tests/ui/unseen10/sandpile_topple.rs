// Abelian sandpile: grains dropped in the centre of a 5x5 grid topple to their neighbours until stable.
const N: usize = 5;

fn topple(grid: &mut [[u32; N]; N]) -> usize {
    let mut topples = 0;
    loop {
        let mut changed = false;
        for r in 0..N {
            for c in 0..N {
                if grid[r][c] >= 4 {
                    grid[r][c] -= 4;
                    topples += 1;
                    changed = true;
                    if r > 0 {
                        grid[r - 1][c] += 1;
                    }
                    if r + 1 < N {
                        grid[r + 1][c] += 1;
                    }
                    if c > 0 {
                        grid[r][c - 1] += 1;
                    }
                    if c + 1 < N {
                        grid[r][c + 1] += 1;
                    }
                }
            }
        }
        if !changed {
            return topples;
        }
    }
}

fn show(grid: &[[u32; N]; N]) {
    for row in grid.iter() {
        let cells: Vec<String> = row.iter().map(|g| g.to_string()).collect();
        println!("  {}", cells.join(" "));
    }
}

fn main() {
    let mut grid = [[0u32; N]; N];
    for round in 1..=3 {
        grid[N / 2][N / 2] += 16;
        let t = topple(&mut grid);
        let total: u32 = grid.iter().flatten().sum();
        println!("round {}: {} topples, {} grains left", round, t, total);
        show(&grid);
    }
    let max = grid.iter().flat_map(|r| r.iter()).max().unwrap();
    println!("stable, max height {}", max);
}
