// Exercism-style saddle points and matrix: rows and columns parsed from a string, row maxima and column minima, transpose and spiral order
struct Matrix {
    rows: Vec<Vec<u64>>,
}

impl Matrix {
    fn new(input: &str) -> Self {
        Matrix {
            rows: input
                .lines()
                .map(|l| l.split_whitespace().map(|n| n.parse().unwrap()).collect())
                .collect(),
        }
    }
    fn row(&self, i: usize) -> Option<Vec<u64>> {
        self.rows.get(i).cloned()
    }
    fn column(&self, j: usize) -> Option<Vec<u64>> {
        self.rows.iter().map(|r| r.get(j).copied()).collect()
    }
    fn saddle_points(&self) -> Vec<(usize, usize)> {
        let mut out = Vec::new();
        for (i, row) in self.rows.iter().enumerate() {
            for (j, &v) in row.iter().enumerate() {
                let row_max = row.iter().all(|&x| x <= v);
                let col_min = self.rows.iter().all(|r| r[j] >= v);
                if row_max && col_min {
                    out.push((i, j));
                }
            }
        }
        out
    }
    fn transpose(&self) -> Matrix {
        let width = self.rows.first().map_or(0, |r| r.len());
        Matrix { rows: (0..width).map(|j| self.column(j).unwrap()).collect() }
    }
}

fn spiral(n: usize) -> Vec<Vec<u32>> {
    let mut m = vec![vec![0u32; n]; n];
    let (mut top, mut left, mut bottom, mut right) = (0i32, 0i32, n as i32 - 1, n as i32 - 1);
    let mut k = 1;
    while top <= bottom && left <= right {
        for c in left..=right { m[top as usize][c as usize] = k; k += 1; }
        top += 1;
        for r in top..=bottom { m[r as usize][right as usize] = k; k += 1; }
        right -= 1;
        if top <= bottom {
            for c in (left..=right).rev() { m[bottom as usize][c as usize] = k; k += 1; }
            bottom -= 1;
        }
        if left <= right {
            for r in (top..=bottom).rev() { m[r as usize][left as usize] = k; k += 1; }
            left += 1;
        }
    }
    m
}

fn main() {
    let m = Matrix::new("9 8 7\n5 3 2\n6 6 7");
    println!("row 1: {:?}, column 2: {:?}, column 5: {:?}", m.row(1), m.column(2), m.column(5));
    println!("saddle points: {:?}", m.saddle_points());
    let flat = Matrix::new("4 5 4\n3 5 5\n1 5 4");
    println!("saddle points: {:?}", flat.saddle_points());
    let t = flat.transpose();
    for r in &t.rows {
        println!("{:?}", r);
    }
    println!("empty: {:?}", Matrix::new("").saddle_points());
    for row in spiral(4) {
        println!("{}", row.iter().map(|v| format!("{v:>3}")).collect::<String>());
    }
}
