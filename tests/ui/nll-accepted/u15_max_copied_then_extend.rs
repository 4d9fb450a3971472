// the maximum of a Vec is copied out of its reference before the Vec is extended
fn main() {
    let mut seq = vec![1u64, 3, 2];
    for _ in 0..4 {
        let m = *seq.iter().max().unwrap();
        let last = seq.last().copied().unwrap();
        seq.push(m + last);
    }
    let largest = seq.iter().max().unwrap();
    println!("{:?} largest {largest}", seq);
}
