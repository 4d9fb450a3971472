// Advent-style cosmic expansion: galaxies found in a char grid, empty rows and columns expanded by a factor, pairwise Manhattan sums in u64/i64
const IMAGE: &str = "...#......
.......#..
#.........
..........
......#...
.#........
.........#
..........
.......#..
#...#.....";

fn galaxies(grid: &[Vec<char>]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    for (r, row) in grid.iter().enumerate() {
        for (c, &ch) in row.iter().enumerate() {
            if ch == '#' {
                out.push((r, c));
            }
        }
    }
    out
}

fn expanded(points: &[(usize, usize)], empty_rows: &[usize], empty_cols: &[usize], factor: u64) -> Vec<(i64, i64)> {
    points
        .iter()
        .map(|&(r, c)| {
            let er = empty_rows.iter().take_while(|&&e| e < r).count() as u64;
            let ec = empty_cols.iter().take_while(|&&e| e < c).count() as u64;
            ((r as u64 + er * (factor - 1)) as i64, (c as u64 + ec * (factor - 1)) as i64)
        })
        .collect()
}

fn pair_sum(points: &[(i64, i64)]) -> u64 {
    let mut total = 0u64;
    for (i, a) in points.iter().enumerate() {
        for b in &points[i + 1..] {
            total += ((a.0 - b.0).abs() + (a.1 - b.1).abs()) as u64;
        }
    }
    total
}

fn main() {
    let grid: Vec<Vec<char>> = IMAGE.lines().map(|l| l.chars().collect()).collect();
    let empty_rows: Vec<usize> = (0..grid.len()).filter(|&r| grid[r].iter().all(|&c| c == '.')).collect();
    let empty_cols: Vec<usize> = (0..grid[0].len()).filter(|&c| grid.iter().all(|row| row[c] == '.')).collect();
    println!("empty rows {:?}, empty cols {:?}", empty_rows, empty_cols);
    let points = galaxies(&grid);
    println!("{} galaxies, {} pairs", points.len(), points.len() * (points.len() - 1) / 2);
    for factor in [2u64, 10, 100, 1_000_000] {
        let moved = expanded(&points, &empty_rows, &empty_cols, factor);
        println!("factor {factor:>7}: {}", pair_sum(&moved));
    }
    let far = expanded(&points, &empty_rows, &empty_cols, 2);
    let (a, b) = (far[4], far[8]);
    println!("galaxy 5 {:?} to galaxy 9 {:?}: {}", a, b, (a.0 - b.0).abs() + (a.1 - b.1).abs());
    let id = u32::try_from(points.len()).unwrap();
    println!("ids fit in u8: {}", u8::try_from(id).is_ok());
}
