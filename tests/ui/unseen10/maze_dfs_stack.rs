// Solves an ASCII maze with an explicit DFS stack over grid indices and marks the path found.
fn neighbours(r: usize, c: usize, rows: usize, cols: usize) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if r > 0 {
        out.push((r - 1, c));
    }
    if c + 1 < cols {
        out.push((r, c + 1));
    }
    if r + 1 < rows {
        out.push((r + 1, c));
    }
    if c > 0 {
        out.push((r, c - 1));
    }
    out
}

fn main() {
    let plan = [
        "S.#.....",
        ".##.###.",
        "....#...",
        "#.#.#.#.",
        "..#...#E",
    ];
    let mut grid: Vec<Vec<char>> = plan.iter().map(|l| l.chars().collect()).collect();
    let rows = grid.len();
    let cols = grid[0].len();
    let mut start = (0, 0);
    let mut end = (0, 0);
    for (r, row) in grid.iter().enumerate() {
        for (c, &ch) in row.iter().enumerate() {
            if ch == 'S' {
                start = (r, c);
            } else if ch == 'E' {
                end = (r, c);
            }
        }
    }

    let mut prev: Vec<Vec<Option<(usize, usize)>>> = vec![vec![None; cols]; rows];
    let mut seen = vec![vec![false; cols]; rows];
    let mut stack = vec![start];
    seen[start.0][start.1] = true;
    let mut visited = 0;
    while let Some((r, c)) = stack.pop() {
        visited += 1;
        if (r, c) == end {
            break;
        }
        for (nr, nc) in neighbours(r, c, rows, cols) {
            if !seen[nr][nc] && grid[nr][nc] != '#' {
                seen[nr][nc] = true;
                prev[nr][nc] = Some((r, c));
                stack.push((nr, nc));
            }
        }
    }

    let mut steps = 0;
    let mut cur = end;
    while let Some(p) = prev[cur.0][cur.1] {
        if p != start {
            grid[p.0][p.1] = '*';
        }
        cur = p;
        steps += 1;
    }
    println!("visited {} cells, path length {}", visited, steps);
    for row in &grid {
        let line: String = row.iter().collect();
        println!("{}", line);
    }
}
