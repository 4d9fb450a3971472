// nested Vec indexing and mutation: a grid flood count with swaps and iter_mut rows
fn neighbours(r: usize, c: usize, h: usize, w: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if r > 0 { out.push((r - 1, c)); }
    if c > 0 { out.push((r, c - 1)); }
    if r + 1 < h { out.push((r + 1, c)); }
    if c + 1 < w { out.push((r, c + 1)); }
    out
}
fn main() {
    let rows = ["##..", "#..#", "..##"];
    let mut grid: Vec<Vec<bool>> = rows.iter().map(|r| r.chars().map(|c| c == '#').collect()).collect();
    let (h, w) = (grid.len(), grid[0].len());
    let mut seen = vec![vec![false; w]; h];
    let mut regions = 0;
    for r in 0..h {
        for c in 0..w {
            if !grid[r][c] || seen[r][c] { continue; }
            regions += 1;
            let mut stack = vec![(r, c)];
            seen[r][c] = true;
            while let Some((y, x)) = stack.pop() {
                for (ny, nx) in neighbours(y, x, h, w) {
                    if grid[ny][nx] && !seen[ny][nx] {
                        seen[ny][nx] = true;
                        stack.push((ny, nx));
                    }
                }
            }
        }
    }
    println!("{}", regions);
    grid.swap(0, 2);
    for row in grid.iter_mut() {
        row[0] = !row[0];
    }
    for row in &grid {
        println!("{}", row.iter().map(|&b| if b { '#' } else { '.' }).collect::<String>());
    }
}
