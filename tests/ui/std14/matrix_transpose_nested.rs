// Matrix helpers on Vec<Vec<i64>>: transpose with (0..n).map, multiply with zip and sum, iter().map(|r| r.iter().max()), flatten and chunks back.
fn transpose(m: &[Vec<i64>]) -> Vec<Vec<i64>> {
    (0..m[0].len()).map(|j| m.iter().map(|row| row[j]).collect()).collect()
}

fn mul(a: &[Vec<i64>], b: &[Vec<i64>]) -> Vec<Vec<i64>> {
    let bt = transpose(b);
    a.iter().map(|row| bt.iter().map(|col| row.iter().zip(col).map(|(x, y)| x * y).sum()).collect()).collect()
}

fn main() {
    let a = vec![vec![1, 2, 3], vec![4, 5, 6]];
    let b = vec![vec![7, 8], vec![9, 10], vec![11, 12]];
    let t = transpose(&a);
    println!("{:?}", t);
    let p = mul(&a, &b);
    println!("{:?}", p);
    let row_max: Vec<Option<&i64>> = p.iter().map(|r| r.iter().max()).collect();
    println!("{:?}", row_max);
    let flat: Vec<i64> = a.iter().flatten().copied().collect();
    let back: Vec<Vec<i64>> = flat.chunks(2).map(|c| c.to_vec()).collect();
    println!("{:?} {:?}", flat, back);
    let diag: i64 = (0..2).map(|i| p[i][i]).sum();
    println!("trace {}", diag);
    let mut id = vec![vec![0i64; 3]; 3];
    for (i, row) in id.iter_mut().enumerate() { row[i] = 1; }
    println!("{}", mul(&a, &id) == a);
    for row in &p {
        println!("{}", row.iter().map(|x| format!("{:>4}", x)).collect::<Vec<_>>().join(""));
    }
}
