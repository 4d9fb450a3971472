// N-queens by backtracking with column/diagonal occupancy arrays; counts solutions and draws the first one.
struct Solver {
    n: usize,
    cols: Vec<bool>,
    diag1: Vec<bool>,
    diag2: Vec<bool>,
    placement: Vec<usize>,
    solutions: u32,
    first: Option<Vec<usize>>,
}

impl Solver {
    fn new(n: usize) -> Solver {
        Solver {
            n,
            cols: vec![false; n],
            diag1: vec![false; 2 * n - 1],
            diag2: vec![false; 2 * n - 1],
            placement: Vec::with_capacity(n),
            solutions: 0,
            first: None,
        }
    }

    fn place(&mut self, row: usize) {
        if row == self.n {
            self.solutions += 1;
            if self.first.is_none() {
                self.first = Some(self.placement.clone());
            }
            return;
        }
        for col in 0..self.n {
            let d1 = row + col;
            let d2 = row + self.n - 1 - col;
            if self.cols[col] || self.diag1[d1] || self.diag2[d2] {
                continue;
            }
            self.cols[col] = true;
            self.diag1[d1] = true;
            self.diag2[d2] = true;
            self.placement.push(col);
            self.place(row + 1);
            self.placement.pop();
            self.cols[col] = false;
            self.diag1[d1] = false;
            self.diag2[d2] = false;
        }
    }
}

fn draw(cols: &[usize]) -> String {
    let n = cols.len();
    cols.iter()
        .map(|&c| (0..n).map(|i| if i == c { 'Q' } else { '.' }).collect::<String>())
        .collect::<Vec<_>>()
        .join("\n")
}

fn main() {
    let mut counts = Vec::new();
    for n in 1..=8 {
        let mut s = Solver::new(n);
        s.place(0);
        counts.push((n, s.solutions));
        if n == 6 {
            let board = s.first.as_ref().map(|p| draw(p)).unwrap_or_default();
            println!("first 6-queens solution:\n{}", board);
        }
    }
    for (n, c) in &counts {
        print!("{}:{} ", n, c);
    }
    println!();
    let none: Vec<usize> = counts.iter().filter(|(_, c)| *c == 0).map(|(n, _)| *n).collect();
    println!("no solution for n in {:?}", none);
    let mut s = Solver::new(8);
    s.place(0);
    let first = s.first.take().unwrap();
    println!("first 8-queens: {:?}, first still set: {}", first, s.first.is_some());
}
