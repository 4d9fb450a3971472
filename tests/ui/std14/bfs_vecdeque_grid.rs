// A breadth-first search over a small grid with a VecDeque queue, visited Vec<Vec<bool>> and a path rebuilt from parents.
use std::collections::VecDeque;

fn main() {
    let grid = ["S..#....", ".#.#.##.", ".#...#..", ".####.#.", "......#E"];
    let cells: Vec<Vec<char>> = grid.iter().map(|r| r.chars().collect()).collect();
    let (h, w) = (cells.len(), cells[0].len());
    let mut seen = vec![vec![false; w]; h];
    let mut parent: Vec<Vec<Option<(usize, usize)>>> = vec![vec![None; w]; h];
    let mut q = VecDeque::new();
    q.push_back((0usize, 0usize));
    seen[0][0] = true;
    let mut end = None;
    while let Some((r, c)) = q.pop_front() {
        if cells[r][c] == 'E' { end = Some((r, c)); break; }
        let dirs = [(0i32, 1i32), (1, 0), (0, -1), (-1, 0)];
        for (dr, dc) in dirs {
            let nr = r as i32 + dr;
            let nc = c as i32 + dc;
            if nr < 0 || nc < 0 || nr >= h as i32 || nc >= w as i32 { continue; }
            let (nr, nc) = (nr as usize, nc as usize);
            if cells[nr][nc] == '#' || seen[nr][nc] { continue; }
            seen[nr][nc] = true;
            parent[nr][nc] = Some((r, c));
            q.push_back((nr, nc));
        }
    }
    println!("queue left {} cap {}", q.len(), q.capacity());
    let mut path = Vec::new();
    let mut cur = end;
    while let Some(p) = cur {
        path.push(p);
        cur = parent[p.0][p.1];
    }
    path.reverse();
    println!("steps {}", path.len() - 1);
    let mut out = cells.clone();
    for &(r, c) in &path[1..path.len() - 1] { out[r][c] = '*'; }
    for row in &out { println!("{}", row.iter().collect::<String>()); }
}
