// Chunks and windows: chunks_exact with remainder, rchunks, windows, chunks_mut, chunks_exact_mut, 2D iter_mut.
fn main() {
    let data = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11];
    let ce = data.chunks_exact(4);
    println!("rem {:?}", ce.remainder());
    for c in ce {
        println!("{:?} sum {}", c, c.iter().sum::<i32>());
    }
    println!("{:?}", data.rchunks(4).collect::<Vec<_>>());
    println!("{:?}", data.chunks(5).rev().collect::<Vec<_>>());
    println!("{}", data.chunks(3).len());
    let inc = data.windows(2).filter(|w| w[1] > w[0]).count();
    println!("increasing pairs {}", inc);
    println!("{:?}", data.windows(3).map(|w| w.iter().sum::<i32>()).collect::<Vec<_>>());
    println!("{}", data.windows(20).count());
    let mut buf = vec![0u8; 10];
    for (i, chunk) in buf.chunks_mut(3).enumerate() {
        for b in chunk.iter_mut() {
            *b = i as u8;
        }
    }
    println!("{:?}", buf);
    let mut pix = [1u8, 2, 3, 4, 5, 6, 7];
    for px in pix.chunks_exact_mut(2) {
        px.swap(0, 1);
    }
    println!("{:?}", pix);
    let mut grid = vec![vec![0i32; 4]; 3];
    for (r, row) in grid.iter_mut().enumerate() {
        for (c, cell) in row.iter_mut().enumerate() {
            *cell = (r as i32 - c as i32).abs();
        }
    }
    for row in &grid {
        println!("{:?}", row);
    }
    let col_sums: Vec<i32> = (0..4).map(|c| grid.iter().map(|row| row[c]).sum()).collect();
    println!("{:?} cap {}", col_sums, col_sums.capacity());
    let transposed: Vec<Vec<i32>> = (0..4).map(|c| grid.iter().map(|row| row[c]).collect()).collect();
    println!("{:?}", transposed);
    let text = "abcdefgh";
    let pieces: Vec<String> = text.as_bytes().chunks(3).map(|c| String::from_utf8(c.to_vec()).unwrap()).collect();
    println!("{:?}", pieces);
}
