// A small matrix type: Index<(usize, usize)>, Mul of matrices, Display with aligned columns, identity and transpose.
use std::fmt;
use std::ops::{Index, IndexMut, Mul};

#[derive(Clone, PartialEq, Debug)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<i64>,
}

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Matrix {
        Matrix { rows, cols, data: vec![0; rows * cols] }
    }

    fn identity(n: usize) -> Matrix {
        let mut m = Matrix::zeros(n, n);
        for i in 0..n {
            m[(i, i)] = 1;
        }
        m
    }

    fn from_rows(rows: &[&[i64]]) -> Matrix {
        let cols = rows[0].len();
        let data: Vec<i64> = rows.iter().flat_map(|r| r.iter().copied()).collect();
        Matrix { rows: rows.len(), cols, data }
    }

    fn transpose(&self) -> Matrix {
        let mut t = Matrix::zeros(self.cols, self.rows);
        for r in 0..self.rows {
            for c in 0..self.cols {
                t[(c, r)] = self[(r, c)];
            }
        }
        t
    }
}

impl Index<(usize, usize)> for Matrix {
    type Output = i64;
    fn index(&self, (r, c): (usize, usize)) -> &i64 {
        &self.data[r * self.cols + c]
    }
}

impl IndexMut<(usize, usize)> for Matrix {
    fn index_mut(&mut self, (r, c): (usize, usize)) -> &mut i64 {
        &mut self.data[r * self.cols + c]
    }
}

impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, rhs: &Matrix) -> Matrix {
        assert_eq!(self.cols, rhs.rows, "dimension mismatch");
        let mut out = Matrix::zeros(self.rows, rhs.cols);
        for i in 0..self.rows {
            for j in 0..rhs.cols {
                out[(i, j)] = (0..self.cols).map(|k| self[(i, k)] * rhs[(k, j)]).sum();
            }
        }
        out
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        let width = self.data.iter().map(|v| v.to_string().len()).max().unwrap_or(1);
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:>w$}", self[(r, c)], w = width)).collect();
            writeln!(f, "[ {} ]", row.join(" "))?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from_rows(&[&[1, 2, 3], &[4, 5, 6]]);
    let b = Matrix::from_rows(&[&[7, 8], &[9, 10], &[11, 12]]);
    print!("{}", a);
    println!("--");
    print!("{}", &a * &b);
    println!("--");
    print!("{}", a.transpose());
    let i3 = Matrix::identity(3);
    println!("a * I == a: {}", &a * &i3 == a);
    let mut p = Matrix::from_rows(&[&[1, 1], &[1, 0]]);
    let base = p.clone();
    for _ in 0..30 {
        p = &p * &base;
    }
    println!("fib via matrix: {}", p[(0, 1)]);
    print!("{p}");
    let bad = &a * &a;
    println!("{:?}", bad);
}
