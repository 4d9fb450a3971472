// Chapter 3/8: 2D arrays, nested loops, and a transposed Vec<Vec<i32>>.
fn transpose(m: &Vec<Vec<i32>>) -> Vec<Vec<i32>> {
    let rows = m.len();
    let cols = m[0].len();
    let mut t = vec![vec![0; rows]; cols];
    for i in 0..rows {
        for j in 0..cols {
            t[j][i] = m[i][j];
        }
    }
    t
}

fn multiply(a: &[[i32; 2]; 2], b: &[[i32; 2]; 2]) -> [[i32; 2]; 2] {
    let mut r = [[0; 2]; 2];
    for i in 0..2 {
        for j in 0..2 {
            for k in 0..2 {
                r[i][j] += a[i][k] * b[k][j];
            }
        }
    }
    r
}

fn main() {
    let m = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let t = transpose(&m);
    for row in &t {
        let line: Vec<String> = row.iter().map(|x| format!("{:3}", x)).collect();
        println!("{}", line.join(""));
    }
    let fib = [[1, 1], [1, 0]];
    let mut p = fib;
    for _ in 0..5 {
        p = multiply(&p, &fib);
    }
    println!("{:?}", p);
    let grid = [[0u8; 4]; 3];
    println!("{} {} {}", grid.len(), grid[0].len(), std::mem::size_of_val(&grid));
    let flat: Vec<i32> = m.iter().flatten().copied().collect();
    println!("{:?} max={:?} min={:?}", flat, flat.iter().max(), flat.iter().min());
    let diag_sum: i32 = (0..2).map(|i| p[i][i]).sum();
    println!("{diag_sum}");
    let row_sums: Vec<i32> = m.iter().map(|r| r.iter().sum()).collect();
    println!("{row_sums:?}");
}
