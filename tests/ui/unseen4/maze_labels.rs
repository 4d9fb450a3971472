// A grid maze from string rows: nested loops with labels, break values, shadowing, tuples and char matching.
const MAZE: [&str; 6] = [
    "#########",
    "#S..#...#",
    "#.#.#.#.#",
    "#.#...#E#",
    "#...###.#",
    "#########",
];

fn find(grid: &[Vec<char>], target: char) -> Option<(usize, usize)> {
    'rows: for (r, row) in grid.iter().enumerate() {
        for (c, &ch) in row.iter().enumerate() {
            if ch == '#' {
                continue;
            }
            if ch == target {
                return Some((r, c));
            }
            if c > 7 {
                continue 'rows;
            }
        }
    }
    None
}

fn main() {
    let grid: Vec<Vec<char>> = MAZE.iter().map(|row| row.chars().collect()).collect();
    let start = find(&grid, 'S').unwrap();
    let end = find(&grid, 'E').unwrap();
    println!("start {:?} end {:?}", start, end);
    let rows = grid.len();
    let cols = grid[0].len();
    let mut dist = vec![vec![usize::MAX; cols]; rows];
    dist[start.0][start.1] = 0;
    let mut frontier = vec![start];
    let steps = loop {
        let mut next = Vec::new();
        for &(r, c) in &frontier {
            let d = dist[r][c];
            for (dr, dc) in [(0i32, 1i32), (1, 0), (0, -1), (-1, 0)] {
                let (nr, nc) = ((r as i32 + dr) as usize, (c as i32 + dc) as usize);
                if grid[nr][nc] != '#' && dist[nr][nc] == usize::MAX {
                    dist[nr][nc] = d + 1;
                    next.push((nr, nc));
                }
            }
        }
        if dist[end.0][end.1] != usize::MAX {
            break Some(dist[end.0][end.1]);
        }
        if next.is_empty() {
            break None;
        }
        frontier = next;
    };
    println!("shortest path: {:?} steps", steps);
    for (r, row) in grid.iter().enumerate() {
        let line: String = row
            .iter()
            .enumerate()
            .map(|(c, &ch)| match (ch, dist[r][c]) {
                ('#', _) => '#',
                ('S', _) | ('E', _) => ch,
                (_, usize::MAX) => ' ',
                (_, d) => char::from_digit((d % 10) as u32, 10).unwrap(),
            })
            .collect();
        println!("{}", line);
    }
    let open = grid.iter().flatten().filter(|&&c| c != '#').count();
    let open = open as f32 / (rows * cols) as f32;
    println!("open ratio {:.3}", open);
    let mut count = 0;
    'outer: for a in 1..20 {
        for b in a..20 {
            if a * b > 50 {
                continue 'outer;
            }
            if a + b == 15 {
                count += 1;
                break;
            }
        }
    }
    println!("pairs {}", count);
}
