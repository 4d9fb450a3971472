// A sparse matrix in two forms: a dictionary of keys (BTreeMap<(usize, usize), f64>) and compressed rows (CSR), multiplied by a vector.
use std::collections::BTreeMap;
use std::fmt;

struct Dok {
    rows: usize,
    cols: usize,
    cells: BTreeMap<(usize, usize), f64>,
}

struct Csr {
    rows: usize,
    row_start: Vec<usize>,
    col_index: Vec<usize>,
    values: Vec<f64>,
}

impl Dok {
    fn new(rows: usize, cols: usize) -> Self {
        Dok { rows, cols, cells: BTreeMap::new() }
    }

    fn set(&mut self, r: usize, c: usize, v: f64) {
        assert!(r < self.rows && c < self.cols);
        if v == 0.0 {
            self.cells.remove(&(r, c));
        } else {
            self.cells.insert((r, c), v);
        }
    }

    fn get(&self, r: usize, c: usize) -> f64 {
        *self.cells.get(&(r, c)).unwrap_or(&0.0)
    }

    fn add_to(&mut self, r: usize, c: usize, v: f64) {
        *self.cells.entry((r, c)).or_insert(0.0) += v;
    }

    fn to_csr(&self) -> Csr {
        let mut row_start = vec![0; self.rows + 1];
        let mut col_index = Vec::with_capacity(self.cells.len());
        let mut values = Vec::with_capacity(self.cells.len());
        for (&(r, c), &v) in &self.cells {
            row_start[r + 1] += 1;
            col_index.push(c);
            values.push(v);
        }
        for r in 0..self.rows {
            row_start[r + 1] += row_start[r];
        }
        Csr { rows: self.rows, row_start, col_index, values }
    }
}

impl Csr {
    fn mul_vec(&self, x: &[f64]) -> Vec<f64> {
        let mut y = vec![0.0; self.rows];
        for r in 0..self.rows {
            for k in self.row_start[r]..self.row_start[r + 1] {
                y[r] += self.values[k] * x[self.col_index[k]];
            }
        }
        y
    }

    fn nnz(&self) -> usize {
        self.values.len()
    }
}

impl fmt::Display for Dok {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        for r in 0..self.rows {
            let row: Vec<String> = (0..self.cols).map(|c| format!("{:5.1}", self.get(r, c))).collect();
            writeln!(f, "[{}]", row.join(""))?;
        }
        Ok(())
    }
}

fn main() {
    let mut m = Dok::new(4, 5);
    m.set(0, 0, 2.0);
    m.set(0, 3, -1.0);
    m.set(1, 1, 3.5);
    m.set(2, 4, 1.25);
    m.set(3, 0, 4.0);
    m.set(3, 2, 0.5);
    m.add_to(3, 2, 0.25);
    m.add_to(1, 4, 2.0);
    m.set(0, 3, 0.0);
    print!("{}", m);
    println!("nonzeros: {:?}", m.cells.keys().collect::<Vec<_>>());
    let csr = m.to_csr();
    println!("row_start {:?}", csr.row_start);
    println!("col_index {:?}", csr.col_index);
    println!("values    {:?}", csr.values);
    let x = [1.0, 2.0, 3.0, 4.0, 5.0];
    println!("m * x = {:?} ({} nonzeros)", csr.mul_vec(&x), csr.nnz());
    let density = csr.nnz() as f64 / (m.rows * m.cols) as f64;
    println!("density {:.2}", density);
}
