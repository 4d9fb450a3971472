// A generic 2D grid Grid<T: Clone + Default> with Index/IndexMut on (row, col), neighbours, flood fill and transpose.
use std::fmt;
use std::ops::{Index, IndexMut};

#[derive(Clone, Debug, PartialEq)]
struct Grid<T> {
    w: usize,
    h: usize,
    cells: Vec<T>,
}

impl<T: Clone + Default> Grid<T> {
    fn new(w: usize, h: usize) -> Self {
        Grid { w, h, cells: vec![T::default(); w * h] }
    }

    fn neighbours(&self, r: usize, c: usize) -> Vec<(usize, usize)> {
        let mut out = Vec::with_capacity(4);
        if r > 0 { out.push((r - 1, c)); }
        if r + 1 < self.h { out.push((r + 1, c)); }
        if c > 0 { out.push((r, c - 1)); }
        if c + 1 < self.w { out.push((r, c + 1)); }
        out
    }

    fn transpose(&self) -> Grid<T> {
        let mut t = Grid::new(self.h, self.w);
        for r in 0..self.h {
            for c in 0..self.w {
                t[(c, r)] = self[(r, c)].clone();
            }
        }
        t
    }
}

impl<T> Index<(usize, usize)> for Grid<T> {
    type Output = T;
    fn index(&self, (r, c): (usize, usize)) -> &T {
        &self.cells[r * self.w + c]
    }
}

impl<T> IndexMut<(usize, usize)> for Grid<T> {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut T {
        &mut self.cells[r * self.w + c]
    }
}

impl fmt::Display for Grid<char> {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.h {
            let line: String = (0..self.w).map(|c| self[(r, c)]).collect();
            writeln!(f, "{}", line)?;
        }
        Ok(())
    }
}

fn flood(g: &mut Grid<char>, start: (usize, usize), fill: char) -> usize {
    let target = g[start];
    if target == fill {
        return 0;
    }
    let mut stack = vec![start];
    let mut count = 0;
    while let Some(p) = stack.pop() {
        if g[p] != target {
            continue;
        }
        g[p] = fill;
        count += 1;
        for n in g.neighbours(p.0, p.1) {
            stack.push(n);
        }
    }
    count
}

fn main() {
    let rows = ["#########", "#...#...#", "#...#...#", "#.###...#", "#.......#", "#########"];
    let mut g: Grid<char> = Grid::new(9, 6);
    for (r, line) in rows.iter().enumerate() {
        for (c, ch) in line.chars().enumerate() {
            g[(r, c)] = ch;
        }
    }
    print!("{}", g);
    let filled = flood(&mut g, (1, 1), 'o');
    println!("filled {}", filled);
    print!("{}", g);
    println!("again: {}", flood(&mut g, (2, 2), 'o'));
    let t = g.transpose();
    print!("{}", t);
    let mut counts: Grid<u32> = Grid::new(3, 2);
    counts[(1, 2)] += 5;
    counts[(0, 0)] = 7;
    println!("{:?}", counts);
    println!("transpose twice equal: {}", counts.transpose().transpose() == counts);
}
