// windows to find runs and local maxima, chunks_exact with remainder, rchunks, rchunks_exact, chunk_by grouping equal neighbours.
fn main() {
    let v = [1, 3, 2, 5, 5, 4, 8, 1, 1, 1, 9];
    let peaks: Vec<usize> = v.windows(3).enumerate().filter(|(_, w)| w[1] > w[0] && w[1] > w[2]).map(|(i, _)| i + 1).collect();
    println!("peaks at {:?}", peaks);
    let rising = v.windows(2).filter(|w| w[0] < w[1]).count();
    println!("rising {}", rising);
    let mut ce = v.chunks_exact(4);
    let sums: Vec<i32> = ce.by_ref().map(|c| c.iter().sum()).collect();
    println!("{:?} rem {:?}", sums, ce.remainder());
    println!("{:?}", v.rchunks(3).collect::<Vec<_>>());
    let rce = v.rchunks_exact(3);
    println!("{:?} rem {:?}", rce.clone().collect::<Vec<_>>(), rce.remainder());
    let groups: Vec<&[i32]> = v.chunk_by(|a, b| a == b).collect();
    println!("{:?}", groups);
    let asc: Vec<Vec<i32>> = v.chunk_by(|a, b| a <= b).map(|g| g.to_vec()).collect();
    println!("{:?}", asc);
    let longest = v.chunk_by(|a, b| a == b).max_by_key(|g| g.len()).unwrap();
    println!("longest run {:?}", longest);
    let mut m = [0u8; 10];
    for (i, c) in m.chunks_mut(3).enumerate() { c.fill(i as u8); }
    println!("{:?}", m);
    for c in m.rchunks_mut(4) { c[0] = 9; }
    println!("{:?}", m);
}
