// A small Matrix type with operator overloading (Add, Mul), Index, transpose and Display.
use std::fmt;
use std::ops::{Add, Index, IndexMut, Mul};

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<i64>,
}

impl Matrix {
    fn zeros(rows: usize, cols: usize) -> Matrix {
        Matrix { rows, cols, data: vec![0; rows * cols] }
    }
    fn from(rows: usize, cols: usize, data: &[i64]) -> Matrix {
        assert_eq!(data.len(), rows * cols, "wrong data length");
        Matrix { rows, cols, data: data.to_vec() }
    }
    fn identity(n: usize) -> Matrix {
        let mut m = Matrix::zeros(n, n);
        for i in 0..n {
            m[(i, i)] = 1;
        }
        m
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
        let mut m = Matrix::zeros(self.rows, other.cols);
        for i in 0..self.rows {
            for j in 0..other.cols {
                m[(i, j)] = (0..self.cols).map(|k| self[(i, k)] * other[(k, j)]).sum();
            }
        }
        m
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:>4}", self[(r, c)])).collect();
            writeln!(f, "|{} |", row.concat())?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from(2, 3, &[1, 2, 3, 4, 5, 6]);
    let b = a.transpose();
    print!("{}", a);
    print!("{}", b);
    let p = &a * &b;
    print!("{}", p);
    let s = &p + &Matrix::identity(2);
    print!("{}", s);
    println!("{:?}", s);
    println!("a*I == a: {}", &a * &Matrix::identity(3) == a);
    let mut power = Matrix::identity(2);
    let fibm = Matrix::from(2, 2, &[1, 1, 1, 0]);
    for _ in 0..30 {
        power = &power * &fibm;
    }
    println!("fib(30) via matrix = {}", power[(0, 1)]);
    let bad = Matrix::from(2, 2, &[1, 2, 3]);
    println!("unreachable {:?}", bad);
}
