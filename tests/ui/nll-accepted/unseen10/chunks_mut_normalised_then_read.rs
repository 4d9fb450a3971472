// Rows are normalised in place through chunks_mut, then the whole buffer is read and pushed to.
fn main() {
    let mut pixels: Vec<u32> = vec![2, 4, 6, 1, 1, 2, 9, 0, 3];
    for row in pixels.chunks_mut(3) {
        let max = *row.iter().max().unwrap();
        for p in row.iter_mut() {
            *p = *p * 100 / max;
        }
    }
    let total: u32 = pixels.iter().sum();
    pixels.push(total);
    println!("{:?}", pixels);
}
