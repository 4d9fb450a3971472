// Solving a small linear system with Gaussian elimination and partial pivoting on Vec<Vec<f64>>.
fn print_matrix(label: &str, m: &[Vec<f64>]) {
    println!("{}:", label);
    for row in m {
        let cells: Vec<String> = row.iter().map(|x| format!("{:8.3}", x)).collect();
        println!("  [{}]", cells.join(""));
    }
}

fn solve(mut a: Vec<Vec<f64>>) -> Option<Vec<f64>> {
    let n = a.len();
    for col in 0..n {
        let mut pivot = col;
        for r in col + 1..n {
            if a[r][col].abs() > a[pivot][col].abs() {
                pivot = r;
            }
        }
        if a[pivot][col].abs() < 1e-12 {
            return None;
        }
        a.swap(col, pivot);
        for r in col + 1..n {
            let factor = a[r][col] / a[col][col];
            for c in col..=n {
                let delta = factor * a[col][c];
                a[r][c] -= delta;
            }
        }
    }
    print_matrix("echelon", &a);
    let mut x = vec![0.0; n];
    for i in (0..n).rev() {
        let mut sum = a[i][n];
        for j in i + 1..n {
            sum -= a[i][j] * x[j];
        }
        x[i] = sum / a[i][i];
    }
    Some(x)
}

fn main() {
    let system = vec![
        vec![2.0, 1.0, -1.0, 8.0],
        vec![-3.0, -1.0, 2.0, -11.0],
        vec![-2.0, 1.0, 2.0, -3.0],
    ];
    print_matrix("augmented", &system);
    match solve(system.clone()) {
        Some(x) => {
            for (i, v) in x.iter().enumerate() {
                println!("x{} = {:.4}", i, v);
            }
            let check: Vec<f64> = system
                .iter()
                .map(|row| row[..3].iter().zip(&x).map(|(a, b)| a * b).sum::<f64>() - row[3])
                .collect();
            println!("residual max {:.1e}", check.iter().fold(0.0f64, |m, r| m.max(r.abs())));
        }
        None => println!("singular"),
    }
    let singular = vec![vec![1.0, 2.0, 3.0], vec![2.0, 4.0, 6.0]];
    println!("{:?}", solve(singular));
}
