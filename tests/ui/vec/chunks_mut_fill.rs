// chunks_mut hands out disjoint mutable sub-slices: filling rows of a grid, the last chunk shorter.
fn main() {
    let mut grid = [0u8; 10];
    for (i, row) in grid.chunks_mut(4).enumerate() {
        println!("row {} has {} cells", i, row.len());
        for (j, cell) in row.iter_mut().enumerate() {
            *cell = (i * 10 + j) as u8;
        }
    }
    println!("{:?}", grid);
    let mut v: Vec<i32> = (1..=7).collect();
    for chunk in v.chunks_mut(3) {
        chunk.reverse();
        chunk[0] *= 100;
    }
    println!("{:?}", v);
    let sums: Vec<i32> = v.chunks_mut(2).map(|c| { c[0] += 1; c.iter().sum() }).collect();
    println!("{:?} {:?}", sums, v);
}
