// Gaussian-style row swap: split_at_mut gives two &mut rows of one matrix at once.
fn swap_rows(m: &mut [Vec<f64>], a: usize, b: usize) {
    if a == b {
        return;
    }
    let (lo, hi) = (a.min(b), a.max(b));
    let (top, bottom) = m.split_at_mut(hi);
    std::mem::swap(&mut top[lo], &mut bottom[0]);
}

fn main() {
    let mut m = vec![vec![0.0, 2.0], vec![3.0, 1.0], vec![5.0, 5.0]];
    let pivot = (0..m.len()).max_by(|&i, &j| m[i][0].partial_cmp(&m[j][0]).unwrap()).unwrap();
    swap_rows(&mut m, 0, pivot);
    let (first, rest) = m.split_first_mut().unwrap();
    for row in rest.iter_mut() {
        let f = row[0] / first[0];
        row[0] -= f * first[0];
        row[1] -= f * first[1];
    }
    first[1] /= first[0];
    println!("{:?}", m);
}
