// Collecting from chunks_exact allocates exactly (TrustedLen), also through skip and step_by.
fn main() {
    let data: Vec<i32> = (1..=20).collect();
    let sums: Vec<i32> = data.chunks_exact(3).map(|c| c.iter().sum()).collect();
    println!("{:?} cap {}", sums, sums.capacity());
    let firsts: Vec<i32> = data.chunks_exact(4).skip(1).map(|c| c[0]).collect();
    println!("{:?} cap {}", firsts, firsts.capacity());
    let every_other: Vec<&[i32]> = data.chunks_exact(2).step_by(2).collect();
    println!("{:?} cap {}", every_other, every_other.capacity());
    let mut it = data.chunks_exact(6);
    it.next();
    let rest: Vec<usize> = it.map(|c| c.len()).collect();
    println!("{:?} cap {} remainder {:?}", rest, rest.capacity(), data.chunks_exact(6).remainder());
}
