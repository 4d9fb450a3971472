// A breadth-first search with a VecDeque queue and a BTreeSet of visited cells; BTreeMap::from an array.
use std::collections::{BTreeMap, BTreeSet, VecDeque};

fn neighbours(grid: &[&str], (r, c): (usize, usize)) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(4);
    let rows = grid.len();
    let cols = grid[0].len();
    if r > 0 { out.push((r - 1, c)); }
    if c > 0 { out.push((r, c - 1)); }
    if r + 1 < rows { out.push((r + 1, c)); }
    if c + 1 < cols { out.push((r, c + 1)); }
    out.into_iter().filter(|&(r, c)| grid[r].as_bytes()[c] != b'#').collect()
}

fn main() {
    let grid = ["..#....", ".##.##.", "....#..", ".#....#"];
    let mut queue = VecDeque::from([((0, 0), 0u32)]);
    let mut seen = BTreeSet::from([(0, 0)]);
    let mut dist = BTreeMap::new();
    let mut longest = 0;
    while let Some((cell, d)) = queue.pop_front() {
        dist.insert(cell, d);
        longest = longest.max(queue.len());
        for n in neighbours(&grid, cell) {
            if seen.insert(n) {
                queue.push_back((n, d + 1));
            }
        }
    }
    println!("reached {} cells, queue up to {} (cap {})", dist.len(), longest, queue.capacity());
    println!("{:?}", dist.get(&(3, 5)));
    println!("{:?}", seen.range((2, 0)..(3, 0)).collect::<Vec<_>>());
    let window: VecDeque<u32> = dist.values().copied().collect();
    println!("{:?} {:?}", window.range(3..6).collect::<Vec<_>>(), window.iter().rev().take(3).collect::<Vec<_>>());
    let names = BTreeMap::from([("west", 3), ("east", 1), ("north", 2)]);
    println!("{names:?}");
}
