// Advent-style hill climbing: a byte grid with S and E, BFS with VecDeque over four neighbours, shortest path from any 'a'
use std::collections::VecDeque;

const MAP: &str = "Sabqponm
abcryxxl
accszExk
acctuvwj
abdefghi";

struct Grid {
    cells: Vec<u8>,
    width: usize,
    height: usize,
}

impl Grid {
    fn parse(s: &str) -> (Grid, usize, usize) {
        let width = s.lines().next().unwrap().len();
        let mut cells: Vec<u8> = s.lines().flat_map(|l| l.bytes()).collect();
        let start = cells.iter().position(|&b| b == b'S').unwrap();
        let end = cells.iter().position(|&b| b == b'E').unwrap();
        cells[start] = b'a';
        cells[end] = b'z';
        let height = cells.len() / width;
        (Grid { cells, width, height }, start, end)
    }

    fn neighbours(&self, i: usize) -> Vec<usize> {
        let (x, y) = (i % self.width, i / self.width);
        let mut out = Vec::with_capacity(4);
        if x > 0 { out.push(i - 1); }
        if x + 1 < self.width { out.push(i + 1); }
        if y > 0 { out.push(i - self.width); }
        if y + 1 < self.height { out.push(i + self.width); }
        out
    }

    // Walks downhill from the end, so one BFS answers both parts.
    fn distances_from(&self, end: usize) -> Vec<Option<u32>> {
        let mut dist = vec![None; self.cells.len()];
        let mut queue = VecDeque::new();
        dist[end] = Some(0);
        queue.push_back(end);
        while let Some(cur) = queue.pop_front() {
            let d = dist[cur].unwrap();
            for next in self.neighbours(cur) {
                if dist[next].is_none() && self.cells[cur] <= self.cells[next] + 1 {
                    dist[next] = Some(d + 1);
                    queue.push_back(next);
                }
            }
        }
        dist
    }
}

fn main() {
    let (grid, start, end) = Grid::parse(MAP);
    println!("grid {}x{}, start {start}, end {end}", grid.width, grid.height);
    let dist = grid.distances_from(end);
    println!("part 1: {:?}", dist[start]);
    let best = grid
        .cells
        .iter()
        .zip(&dist)
        .filter(|&(&h, _)| h == b'a')
        .filter_map(|(_, d)| *d)
        .min();
    println!("part 2: {:?}", best);
    for row in dist.chunks(grid.width) {
        let line: Vec<String> = row
            .iter()
            .map(|d| match d {
                Some(n) => format!("{n:>2}"),
                None => " .".to_string(),
            })
            .collect();
        println!("{}", line.join(""));
    }
}
