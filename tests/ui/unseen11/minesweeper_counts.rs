// Minesweeper: count neighbouring mines for each cell of a board given as strings, then reveal by flood.
fn annotate(rows: &[&str]) -> Vec<String> {
    let grid: Vec<Vec<u8>> = rows.iter().map(|r| r.bytes().collect()).collect();
    let h = grid.len() as i32;
    let mut out = Vec::new();
    for (r, row) in grid.iter().enumerate() {
        let w = row.len() as i32;
        let mut line = String::new();
        for (c, &cell) in row.iter().enumerate() {
            if cell == b'*' {
                line.push('*');
                continue;
            }
            let mut n = 0;
            for dr in -1..=1 {
                for dc in -1..=1 {
                    let (rr, cc) = (r as i32 + dr, c as i32 + dc);
                    if (dr, dc) != (0, 0) && rr >= 0 && rr < h && cc >= 0 && cc < w {
                        if grid[rr as usize][cc as usize] == b'*' {
                            n += 1;
                        }
                    }
                }
            }
            line.push(if n == 0 { '.' } else { char::from(b'0' + n) });
        }
        out.push(line);
    }
    out
}

fn reveal(board: &[String], start: (usize, usize)) -> usize {
    let cells: Vec<Vec<char>> = board.iter().map(|l| l.chars().collect()).collect();
    let mut seen = vec![vec![false; cells[0].len()]; cells.len()];
    let mut stack = vec![start];
    let mut opened = 0;
    while let Some((r, c)) = stack.pop() {
        if seen[r][c] || cells[r][c] == '*' {
            continue;
        }
        seen[r][c] = true;
        opened += 1;
        if cells[r][c] != '.' {
            continue;
        }
        if r > 0 { stack.push((r - 1, c)); }
        if c > 0 { stack.push((r, c - 1)); }
        if r + 1 < cells.len() { stack.push((r + 1, c)); }
        if c + 1 < cells[r].len() { stack.push((r, c + 1)); }
    }
    opened
}

fn main() {
    let field = ["*....", ".....", "..*..", ".....", "....*", "....."];
    let board = annotate(&field);
    for line in &board {
        println!("{}", line);
    }
    let mines: usize = board.iter().map(|l| l.matches('*').count()).sum();
    println!("mines: {}", mines);
    println!("opened from (0,4): {}", reveal(&board, (0, 4)));
    println!("opened from (3,2): {}", reveal(&board, (3, 2)));
    let tiny = annotate(&["*"]);
    println!("{:?}", tiny);
}
