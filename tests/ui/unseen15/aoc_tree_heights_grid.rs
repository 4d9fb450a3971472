// Advent-style tree heights: a Vec<Vec<u8>> grid from digit chars, visibility from the four edges, best scenic score
const FOREST: &str = "30373
25512
65332
33549
35390";

fn parse(input: &str) -> Vec<Vec<u8>> {
    input
        .lines()
        .map(|l| l.bytes().map(|b| b - b'0').collect())
        .collect()
}

const DIRS: [(i32, i32); 4] = [(0, -1), (0, 1), (-1, 0), (1, 0)];

fn look(grid: &[Vec<u8>], r: usize, c: usize, (dr, dc): (i32, i32)) -> (bool, usize) {
    let h = grid[r][c];
    let rows = grid.len() as i32;
    let cols = grid[0].len() as i32;
    let (mut y, mut x) = (r as i32 + dr, c as i32 + dc);
    let mut seen = 0;
    while y >= 0 && y < rows && x >= 0 && x < cols {
        seen += 1;
        if grid[y as usize][x as usize] >= h {
            return (false, seen);
        }
        y += dr;
        x += dc;
    }
    (true, seen)
}

fn main() {
    let grid = parse(FOREST);
    let mut visible = 0;
    let mut best = (0, 0, 0);
    let mut map = String::new();
    for r in 0..grid.len() {
        for c in 0..grid[r].len() {
            let views: Vec<(bool, usize)> = DIRS.iter().map(|&d| look(&grid, r, c, d)).collect();
            let vis = views.iter().any(|&(v, _)| v);
            if vis {
                visible += 1;
            }
            map.push(if vis { '#' } else { '.' });
            let score: usize = views.iter().map(|&(_, n)| n).product();
            if score > best.0 {
                best = (score, r, c);
            }
        }
        map.push('\n');
    }
    print!("{map}");
    println!("part 1: {visible}");
    println!("part 2: {} at row {} col {}", best.0, best.1, best.2);
    let tallest = grid.iter().flatten().max().unwrap();
    let count = grid.iter().flatten().filter(|&&h| h == *tallest).count();
    println!("tallest {tallest} appears {count} times");
}
