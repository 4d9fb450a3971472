// a closure reads one field of the solver while another field is mutated (edition 2021 precise captures)
struct Solver {
    grid: Vec<Vec<u8>>,
    visited: Vec<(usize, usize)>,
}

fn main() {
    let mut s = Solver { grid: vec![vec![1, 2], vec![3, 4]], visited: Vec::new() };
    let height = |r: usize, c: usize| s.grid[r][c];
    for r in 0..2 {
        for c in 0..2 {
            if height(r, c) % 2 == 0 {
                s.visited.push((r, c));
            }
        }
    }
    println!("{:?}", s.visited);
}
