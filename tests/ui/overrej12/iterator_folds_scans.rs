// fold, scan, successors, from_fn, windows, chunks, partition, unzip, rposition
fn main() {
    let v = vec![3, 1, 4, 1, 5, 9, 2, 6];
    let running: Vec<i32> = v.iter().scan(0, |acc, &x| {
        *acc += x;
        Some(*acc)
    }).collect();
    println!("{:?}", running);
    let prod = v.iter().fold(1i64, |p, &x| p * x as i64);
    println!("{}", prod);
    let pows: Vec<u32> = std::iter::successors(Some(1u32), |&x| if x < 500 { Some(x * 3) } else { None }).collect();
    println!("{:?}", pows);
    let mut n = 0;
    let sq: Vec<i32> = std::iter::from_fn(|| {
        n += 1;
        if n <= 4 { Some(n * n) } else { None }
    }).collect();
    println!("{:?}", sq);
    let rises = v.windows(2).filter(|w| w[1] > w[0]).count();
    let sums: Vec<i32> = v.chunks(3).map(|c| c.iter().sum()).collect();
    println!("{} {:?}", rises, sums);
    let (even, odd): (Vec<i32>, Vec<i32>) = v.iter().partition(|&&x| x % 2 == 0);
    println!("{:?} {:?}", even, odd);
    let (idx, vals): (Vec<usize>, Vec<i32>) = v.iter().enumerate().filter(|(_, x)| **x > 3).map(|(i, x)| (i, *x)).unzip();
    println!("{:?} {:?}", idx, vals);
    println!("{:?} {:?}", v.iter().rposition(|&x| x == 1), v.iter().position(|&x| x > 100));
}
