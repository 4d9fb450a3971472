// a path records its own step numbers with v.push(v.len()) (two-phase borrow)
fn main() {
    let mut path: Vec<usize> = Vec::new();
    for _ in 0..5 {
        path.push(path.len() * path.len());
    }
    let mut heights = vec![3u32, 1, 4];
    heights.push(heights[0] + heights[2]);
    heights.insert(heights.len() - 1, heights.iter().sum());
    println!("{:?} {:?}", path, heights);
}
