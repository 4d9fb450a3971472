// A Matrix struct over Vec<f64>: indexing helpers, transpose, multiplication with Option, Display with widths.
use std::fmt;

#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<f64>,
}

impl Matrix {
    fn new(rows: usize, cols: usize) -> Self {
        Matrix { rows, cols, data: vec![0.0; rows * cols] }
    }

    fn from_rows(rows: &[&[f64]]) -> Self {
        let cols = rows[0].len();
        let mut data = Vec::with_capacity(rows.len() * cols);
        for r in rows {
            data.extend_from_slice(r);
        }
        Matrix { rows: rows.len(), cols, data }
    }

    fn get(&self, r: usize, c: usize) -> f64 {
        self.data[r * self.cols + c]
    }

    fn set(&mut self, r: usize, c: usize, v: f64) {
        self.data[r * self.cols + c] = v;
    }

    fn transpose(&self) -> Matrix {
        let mut t = Matrix::new(self.cols, self.rows);
        for r in 0..self.rows {
            for c in 0..self.cols {
                t.set(c, r, self.get(r, c));
            }
        }
        t
    }

    fn mul(&self, other: &Matrix) -> Option<Matrix> {
        if self.cols != other.rows {
            return None;
        }
        let mut m = Matrix::new(self.rows, other.cols);
        for i in 0..self.rows {
            for j in 0..other.cols {
                let s: f64 = (0..self.cols).map(|k| self.get(i, k) * other.get(k, j)).sum();
                m.set(i, j, s);
            }
        }
        Some(m)
    }
}

impl fmt::Display for Matrix {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:7.2}", self.get(r, c))).collect();
            writeln!(f, "|{} |", row.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let a = Matrix::from_rows(&[&[1.0, 2.0, 3.0], &[4.0, 5.0, 6.0]]);
    let b = a.transpose();
    println!("A =\n{}", a);
    println!("B = A^T =\n{}", b);
    match a.mul(&b) {
        Some(p) => print!("A*B =\n{}", p),
        None => println!("incompatible"),
    }
    match a.mul(&a) {
        Some(p) => print!("A*A =\n{}", p),
        None => println!("A*A: incompatible shapes {}x{}", a.rows, a.cols),
    }
    let mut id = Matrix::new(3, 3);
    for i in 0..3 {
        id.set(i, i, 1.0);
    }
    let same = b.mul(&Matrix::new(2, 2)).unwrap();
    println!("zeros? {}", same.data.iter().all(|&x| x == 0.0));
    println!("B*I == B: {}", id.transpose() == id && a.mul(&id).unwrap() == a);
    let trace: f64 = (0..3).map(|i| id.get(i, i)).sum();
    println!("trace(I) = {:.1}, {:?}", trace, Matrix::new(1, 2));
}
