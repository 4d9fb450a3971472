// Matrix multiplication with dimension checks by assert_eq!: two products succeed, the third panics.
#[derive(Debug, Clone, PartialEq)]
struct Matrix {
    rows: usize,
    cols: usize,
    data: Vec<i64>,
}

impl Matrix {
    fn from_rows(rows: &[&[i64]]) -> Matrix {
        let cols = rows[0].len();
        let mut data = Vec::new();
        for r in rows {
            assert_eq!(r.len(), cols, "ragged row");
            data.extend_from_slice(r);
        }
        Matrix { rows: rows.len(), cols, data }
    }

    fn at(&self, r: usize, c: usize) -> i64 {
        self.data[r * self.cols + c]
    }

    fn mul(&self, other: &Matrix) -> Matrix {
        assert_eq!(self.cols, other.rows, "cannot multiply {}x{} by {}x{}", self.rows, self.cols, other.rows, other.cols);
        let mut data = vec![0; self.rows * other.cols];
        for i in 0..self.rows {
            for j in 0..other.cols {
                data[i * other.cols + j] = (0..self.cols).map(|k| self.at(i, k) * other.at(k, j)).sum();
            }
        }
        Matrix { rows: self.rows, cols: other.cols, data }
    }

    fn print(&self, name: &str) {
        println!("{} ({}x{}):", name, self.rows, self.cols);
        for row in self.data.chunks(self.cols) {
            println!("  {:?}", row);
        }
    }
}

struct Noisy(&'static str);

impl Drop for Noisy {
    fn drop(&mut self) {
        println!("dropping {}", self.0);
    }
}

fn main() {
    let _guard = Noisy("guard");
    let a = Matrix::from_rows(&[&[1, 2, 3], &[4, 5, 6]]);
    let b = Matrix::from_rows(&[&[7, 8], &[9, 10], &[11, 12]]);
    let ab = a.mul(&b);
    ab.print("a*b");
    let ba = b.mul(&a);
    ba.print("b*a");
    let identity = Matrix::from_rows(&[&[1, 0], &[0, 1]]);
    println!("ab*I == ab: {}", ab.mul(&identity) == ab);
    let _inner = Noisy("inner");
    let bad = a.mul(&a);
    bad.print("a*a");
}
