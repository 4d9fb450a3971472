// A generic Matrix<T> with Add and Mul implemented for any numeric T that is Copy + Default + Add + Mul, used with i32 and f64.
use std::fmt::Display;
use std::ops::{Add, Mul};

#[derive(Debug, Clone, PartialEq)]
struct Matrix<T> {
    rows: usize,
    cols: usize,
    data: Vec<T>,
}

impl<T: Copy + Default> Matrix<T> {
    fn from_rows(rows: Vec<Vec<T>>) -> Self {
        let r = rows.len();
        let c = rows[0].len();
        let mut data = Vec::with_capacity(r * c);
        for row in rows {
            assert_eq!(row.len(), c, "ragged rows");
            data.extend(row);
        }
        Matrix { rows: r, cols: c, data }
    }

    fn get(&self, r: usize, c: usize) -> T {
        self.data[r * self.cols + c]
    }

    fn transpose(&self) -> Self {
        let mut data = vec![T::default(); self.data.len()];
        for r in 0..self.rows {
            for c in 0..self.cols {
                data[c * self.rows + r] = self.get(r, c);
            }
        }
        Matrix { rows: self.cols, cols: self.rows, data }
    }
}

impl<T: Copy + Add<Output = T>> Add for Matrix<T> {
    type Output = Matrix<T>;
    fn add(self, other: Matrix<T>) -> Matrix<T> {
        let data = self.data.iter().zip(other.data.iter()).map(|(a, b)| *a + *b).collect();
        Matrix { rows: self.rows, cols: self.cols, data }
    }
}

impl<T: Copy + Default + Add<Output = T> + Mul<Output = T>> Mul for &Matrix<T> {
    type Output = Matrix<T>;
    fn mul(self, other: &Matrix<T>) -> Matrix<T> {
        let mut data = Vec::with_capacity(self.rows * other.cols);
        for r in 0..self.rows {
            for c in 0..other.cols {
                let mut acc = T::default();
                for k in 0..self.cols {
                    acc = acc + self.get(r, k) * other.get(k, c);
                }
                data.push(acc);
            }
        }
        Matrix { rows: self.rows, cols: other.cols, data }
    }
}

fn print_matrix<T: Display + Copy + Default>(label: &str, m: &Matrix<T>) {
    println!("{} ({}x{}):", label, m.rows, m.cols);
    for r in 0..m.rows {
        let row: Vec<String> = (0..m.cols).map(|c| format!("{:>6}", m.get(r, c))).collect();
        println!("{}", row.join(""));
    }
}

fn main() {
    let a = Matrix::from_rows(vec![vec![1, 2, 3], vec![4, 5, 6]]);
    let b = Matrix::from_rows(vec![vec![7, 8], vec![9, 10], vec![11, 12]]);
    print_matrix("a", &a);
    print_matrix("b", &b);
    let p = &a * &b;
    print_matrix("a*b", &p);
    let s = a.clone() + b.transpose();
    print_matrix("a+b^T", &s);
    println!("capacity of product data: {}", p.data.capacity());

    let f = Matrix::from_rows(vec![vec![0.5, 1.5], vec![2.0, -1.0]]);
    let g = &f * &f;
    print_matrix("f*f", &g);
    println!("symmetric? {}", g == g.transpose());
    let id = Matrix::from_rows(vec![vec![1.0, 0.0], vec![0.0, 1.0]]);
    println!("f*id == f? {}", &f * &id == f);
}
