// Validating a sudoku grid parsed from text: rows, columns and boxes checked with [bool; 10] seen-arrays.
type Grid = [[u8; 9]; 9];

fn parse(text: &str) -> Result<Grid, String> {
    let mut grid = [[0u8; 9]; 9];
    let rows: Vec<&str> = text.lines().filter(|l| !l.trim().is_empty()).collect();
    if rows.len() != 9 {
        return Err(format!("expected 9 rows, got {}", rows.len()));
    }
    for (r, line) in rows.iter().enumerate() {
        let cells: Vec<char> = line.chars().filter(|c| !c.is_whitespace()).collect();
        if cells.len() != 9 {
            return Err(format!("row {} has {} cells", r + 1, cells.len()));
        }
        for (c, ch) in cells.iter().enumerate() {
            grid[r][c] = match ch {
                '.' => 0,
                d if d.is_ascii_digit() && *d != '0' => *d as u8 - b'0',
                other => return Err(format!("bad cell {:?} at {},{}", other, r + 1, c + 1)),
            };
        }
    }
    Ok(grid)
}

fn group_ok(cells: impl Iterator<Item = u8>) -> bool {
    let mut seen = [false; 10];
    for v in cells {
        if v != 0 {
            if seen[v as usize] {
                return false;
            }
            seen[v as usize] = true;
        }
    }
    true
}

fn problems(g: &Grid) -> Vec<String> {
    let mut out = Vec::new();
    for i in 0..9 {
        if !group_ok(g[i].iter().copied()) {
            out.push(format!("row {}", i + 1));
        }
        if !group_ok((0..9).map(|r| g[r][i])) {
            out.push(format!("column {}", i + 1));
        }
        let (br, bc) = (i / 3 * 3, i % 3 * 3);
        if !group_ok((0..9).map(|k| g[br + k / 3][bc + k % 3])) {
            out.push(format!("box {}", i + 1));
        }
    }
    out
}

fn main() {
    let puzzle = "53..7....\n6..195...\n.98....6.\n8...6...3\n4..8.3..1\n7...2...6\n.6....28.\n...419..5\n....8..79";
    let g = parse(puzzle).unwrap();
    let filled = g.iter().flatten().filter(|&&v| v != 0).count();
    println!("filled {} of 81, problems {:?}", filled, problems(&g));
    let mut broken = g;
    broken[0][2] = 9;
    broken[8][8] = 5;
    println!("broken: {:?}", problems(&broken));
    println!("{:?}", parse("123").map(|_| ()));
    println!("{:?}", parse(&puzzle.replace('7', "x")).map(|_| ()));
    println!("{:?}", parse(&puzzle.replacen('5', "55", 1)).map(|_| ()));
    println!("g and broken equal: {}", g == broken);
}
