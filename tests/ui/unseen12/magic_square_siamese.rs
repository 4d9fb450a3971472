// Builds odd magic squares with the Siamese method into arrays and Vecs, and checks them.
const N: usize = 5;

fn siamese_fixed() -> [[u32; N]; N] {
    let mut sq = [[0u32; N]; N];
    let (mut r, mut c) = (0, N / 2);
    for k in 1..=(N * N) as u32 {
        sq[r][c] = k;
        let (nr, nc) = ((r + N - 1) % N, (c + 1) % N);
        if sq[nr][nc] != 0 {
            r = (r + 1) % N;
        } else {
            r = nr;
            c = nc;
        }
    }
    sq
}

fn siamese(n: usize) -> Vec<Vec<u32>> {
    let mut sq = vec![vec![0; n]; n];
    let (mut r, mut c) = (0, n / 2);
    for k in 1..=(n * n) as u32 {
        sq[r][c] = k;
        let (nr, nc) = ((r + n - 1) % n, (c + 1) % n);
        if sq[nr][nc] != 0 {
            r = (r + 1) % n;
        } else {
            r = nr;
            c = nc;
        }
    }
    sq
}

fn is_magic(sq: &[Vec<u32>]) -> Option<u32> {
    let n = sq.len();
    let target: u32 = sq[0].iter().sum();
    let rows_ok = sq.iter().all(|row| row.iter().sum::<u32>() == target);
    let cols_ok = (0..n).all(|c| sq.iter().map(|row| row[c]).sum::<u32>() == target);
    let d1: u32 = (0..n).map(|i| sq[i][i]).sum();
    let d2: u32 = (0..n).map(|i| sq[i][n - 1 - i]).sum();
    if rows_ok && cols_ok && d1 == target && d2 == target { Some(target) } else { None }
}

fn main() {
    let fixed = siamese_fixed();
    for row in fixed.iter() {
        let cells: Vec<String> = row.iter().map(|v| format!("{:>3}", v)).collect();
        println!("{}", cells.concat());
    }
    let as_vec: Vec<Vec<u32>> = fixed.iter().map(|r| r.to_vec()).collect();
    println!("5x5 magic constant: {:?}", is_magic(&as_vec));
    for n in [3, 7] {
        let sq = siamese(n);
        println!("{}x{}: {:?}, centre {}", n, n, is_magic(&sq), sq[n / 2][n / 2]);
    }
    let mut broken = siamese(3);
    broken[0].swap(0, 1);
    println!("after a swap: {:?}", is_magic(&broken));
    println!("{:?}", siamese(3));
}
