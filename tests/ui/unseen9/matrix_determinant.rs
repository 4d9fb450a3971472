// Determinant by cofactor expansion and by Gaussian elimination on Vec<Vec<f64>>, compared on a few matrices.
fn minor(m: &Vec<Vec<f64>>, skip_row: usize, skip_col: usize) -> Vec<Vec<f64>> {
    m.iter()
        .enumerate()
        .filter(|(r, _)| *r != skip_row)
        .map(|(_, row)| {
            row.iter()
                .enumerate()
                .filter(|(c, _)| *c != skip_col)
                .map(|(_, v)| *v)
                .collect()
        })
        .collect()
}

fn det_cofactor(m: &Vec<Vec<f64>>) -> f64 {
    match m.len() {
        0 => 1.0,
        1 => m[0][0],
        2 => m[0][0] * m[1][1] - m[0][1] * m[1][0],
        n => {
            let mut sum = 0.0;
            for c in 0..n {
                let sign = if c % 2 == 0 { 1.0 } else { -1.0 };
                sum += sign * m[0][c] * det_cofactor(&minor(m, 0, c));
            }
            sum
        }
    }
}

fn det_gauss(mut m: Vec<Vec<f64>>) -> f64 {
    let n = m.len();
    let mut det = 1.0;
    for col in 0..n {
        let mut pivot = col;
        for r in col + 1..n {
            if m[r][col].abs() > m[pivot][col].abs() {
                pivot = r;
            }
        }
        if m[pivot][col].abs() < 1e-12 {
            return 0.0;
        }
        if pivot != col {
            m.swap(pivot, col);
            det = -det;
        }
        det *= m[col][col];
        for r in col + 1..n {
            let factor = m[r][col] / m[col][col];
            for c in col..n {
                let v = m[col][c];
                m[r][c] -= factor * v;
            }
        }
    }
    det
}

fn show(m: &Vec<Vec<f64>>) {
    for row in m {
        let cells: Vec<String> = row.iter().map(|v| format!("{:6.1}", v)).collect();
        println!("[{}]", cells.join(" "));
    }
}

fn main() {
    let matrices = vec![
        vec![vec![2.0, 1.0], vec![7.0, 4.0]],
        vec![vec![1.0, 2.0, 3.0], vec![4.0, 5.0, 6.0], vec![7.0, 8.0, 9.0]],
        vec![vec![0.0, 2.0, 1.0], vec![3.0, -1.0, 2.0], vec![1.0, 1.0, 4.0]],
        vec![
            vec![1.0, 0.0, 2.0, -1.0],
            vec![3.0, 0.0, 0.0, 5.0],
            vec![2.0, 1.0, 4.0, -3.0],
            vec![1.0, 0.0, 5.0, 0.0],
        ],
    ];
    for (i, m) in matrices.iter().enumerate() {
        println!("matrix {} ({}x{}):", i, m.len(), m.len());
        show(m);
        let a = det_cofactor(m);
        let b = det_gauss(m.clone());
        println!("cofactor = {:.3}, gauss = {:.3}, agree = {}", a, b, (a - b).abs() < 1e-9);
    }
}
