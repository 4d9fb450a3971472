// Advent-style lowest total risk: digits grid, Dijkstra with BinaryHeap<Reverse<(u32, usize, usize)>>, a tiled 5x map
use std::cmp::Reverse;
use std::collections::BinaryHeap;

const RISK: &str = "1163751742
1381373672
2136511328
3694931569
7463417111
1319128137
1359912421
3125421639
1293138521
2311944581";

fn parse(s: &str) -> Vec<Vec<u32>> {
    s.lines().map(|l| l.chars().map(|c| c.to_digit(10).unwrap()).collect()).collect()
}

fn tile(grid: &[Vec<u32>], times: usize) -> Vec<Vec<u32>> {
    let h = grid.len();
    let w = grid[0].len();
    (0..h * times)
        .map(|y| {
            (0..w * times)
                .map(|x| {
                    let base = grid[y % h][x % w] + (y / h + x / w) as u32;
                    (base - 1) % 9 + 1
                })
                .collect()
        })
        .collect()
}

fn lowest_risk(grid: &[Vec<u32>]) -> Option<u32> {
    let h = grid.len();
    let w = grid[0].len();
    let mut best = vec![vec![u32::MAX; w]; h];
    let mut heap = BinaryHeap::new();
    best[0][0] = 0;
    heap.push(Reverse((0u32, 0usize, 0usize)));
    while let Some(Reverse((cost, y, x))) = heap.pop() {
        if (y, x) == (h - 1, w - 1) {
            return Some(cost);
        }
        if cost > best[y][x] {
            continue;
        }
        let steps = [(0i32, 1i32), (1, 0), (0, -1), (-1, 0)];
        for (dy, dx) in steps {
            let ny = y as i32 + dy;
            let nx = x as i32 + dx;
            if ny < 0 || nx < 0 || ny >= h as i32 || nx >= w as i32 {
                continue;
            }
            let (ny, nx) = (ny as usize, nx as usize);
            let next = cost + grid[ny][nx];
            if next < best[ny][nx] {
                best[ny][nx] = next;
                heap.push(Reverse((next, ny, nx)));
            }
        }
    }
    None
}

fn main() {
    let grid = parse(RISK);
    println!("part 1: {:?}", lowest_risk(&grid));
    let small = tile(&grid[..3].iter().map(|r| r[..3].to_vec()).collect::<Vec<_>>(), 2);
    for row in &small {
        println!("{}", row.iter().map(|d| d.to_string()).collect::<String>());
    }
    println!("small tiled: {:?}", lowest_risk(&small));
    let big = tile(&grid, 2);
    println!("tiled {}x{}: {:?}", big.len(), big[0].len(), lowest_risk(&big));
}
