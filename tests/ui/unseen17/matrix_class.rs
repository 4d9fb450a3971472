// A Matrix class like a Java one: Vec<Vec<f64>>, constructors, get/set with bounds checks, multiply returning Result, Display.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<Vec<f64>>,
}

impl Matrix {
    fn new(rows: usize, cols: usize) -> Matrix {
        Matrix { rows, cols, data: vec![vec![0.0; cols]; rows] }
    }

    fn identity(n: usize) -> Matrix {
        let mut m = Matrix::new(n, n);
        for i in 0..n {
            m.data[i][i] = 1.0;
        }
        m
    }

    fn from_vec(data: Vec<Vec<f64>>) -> Result<Matrix, String> {
        let rows = data.len();
        let cols = data.first().map_or(0, |r| r.len());
        if data.iter().any(|r| r.len() != cols) {
            return Err("rows have different lengths".to_string());
        }
        Ok(Matrix { rows, cols, data })
    }

    fn get(&self, r: usize, c: usize) -> Option<f64> {
        self.data.get(r).and_then(|row| row.get(c)).copied()
    }

    fn set(&mut self, r: usize, c: usize, v: f64) -> Result<(), String> {
        if r >= self.rows || c >= self.cols {
            return Err(format!("index ({}, {}) out of bounds for {}x{}", r, c, self.rows, self.cols));
        }
        self.data[r][c] = v;
        Ok(())
    }

    fn multiply(&self, other: &Matrix) -> Result<Matrix, String> {
        if self.cols != other.rows {
            return Err(format!("cannot multiply {}x{} by {}x{}", self.rows, self.cols, other.rows, other.cols));
        }
        let mut result = Matrix::new(self.rows, other.cols);
        for i in 0..self.rows {
            for j in 0..other.cols {
                let mut sum = 0.0;
                for k in 0..self.cols {
                    sum += self.data[i][k] * other.data[k][j];
                }
                result.data[i][j] = sum;
            }
        }
        Ok(result)
    }

    fn transpose(&self) -> Matrix {
        let mut t = Matrix::new(self.cols, self.rows);
        for (i, row) in self.data.iter().enumerate() {
            for (j, v) in row.iter().enumerate() {
                t.data[j][i] = *v;
            }
        }
        t
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for row in &self.data {
            let cells: Vec<String> = row.iter().map(|v| format!("{:6.1}", v)).collect();
            writeln!(f, "|{} |", cells.join(""))?;
        }
        Ok(())
    }
}

fn main() -> Result<(), String> {
    let a = Matrix::from_vec(vec![vec![1.0, 2.0, 3.0], vec![4.0, 5.0, 6.0]])?;
    let b = a.transpose();
    print!("A =\n{}", a);
    print!("B = A^T =\n{}", b);
    let c = a.multiply(&b)?;
    print!("A*B =\n{}", c);
    println!("A*I == A: {}", a.multiply(&Matrix::identity(3))? == a);
    println!("{:?}", a.multiply(&a).err());
    let mut m = Matrix::new(2, 2);
    m.set(0, 1, 7.5)?;
    println!("get(0,1)={:?} get(5,5)={:?}", m.get(0, 1), m.get(5, 5));
    println!("{:?}", Matrix::from_vec(vec![vec![1.0], vec![2.0, 3.0]]));
    m.set(2, 0, 1.0)?;
    println!("unreachable");
    Ok(())
}
