// A 2x2 / NxM matrix type with Add, Mul, Index and IndexMut overloads and a Display impl
use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul};

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<i64>,
}

impl Matrix {
    fn new(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![0; rows * cols] }
    }

    fn from_rows(rows: &[&[i64]]) -> Self {
        let mut m = Matrix::new(rows.len(), rows[0].len());
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                m[(r, c)] = *v;
            }
        }
        m
    }

    fn identity(n: usize) -> Self {
        let mut m = Matrix::new(n, n);
        for i in 0..n {
            m[(i, i)] = 1;
        }
        m
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

impl Add for &Matrix {
    type Output = Matrix;
    fn add(self, other: &Matrix) -> Matrix {
        let data = self.data.iter().zip(&other.data).map(|(a, b)| a + b).collect();
        Matrix { rows: self.rows, cols: self.cols, data }
    }
}

impl Mul for &Matrix {
    type Output = Matrix;
    fn mul(self, other: &Matrix) -> Matrix {
        let mut out = Matrix::new(self.rows, other.cols);
        for i in 0..self.rows {
            for j in 0..other.cols {
                out[(i, j)] = (0..self.cols).map(|k| self[(i, k)] * other[(k, j)]).sum();
            }
        }
        out
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for r in 0..self.rows {
            let cells: Vec<String> = (0..self.cols).map(|c| format!("{:>4}", self[(r, c)])).collect();
            writeln!(f, "[{}]", cells.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from_rows(&[&[1, 2, 3], &[4, 5, 6]]);
    let b = Matrix::from_rows(&[&[7, 8], &[9, 10], &[11, 12]]);
    let product = &a * &b;
    print!("{}", product);
    let sum = &product + &Matrix::identity(2);
    print!("{}", sum);
    println!("{}", &sum * &Matrix::identity(2) == sum);
    let mut fib = Matrix::from_rows(&[&[1, 1], &[1, 0]]);
    let base = fib.clone();
    for _ in 0..9 {
        fib = &fib * &base;
    }
    println!("fib(10) = {}, corner = {}", fib[(0, 1)], fib[(1, 1)]);
}
