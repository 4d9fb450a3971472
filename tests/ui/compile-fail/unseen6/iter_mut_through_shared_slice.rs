//@ compile-fail
// `iter_mut()` on a slice received as `&[u32]`.
fn reset(scores: &[u32]) {
    for s in scores.iter_mut() { //~ ERROR E0596
        *s = 0;
    }
}

fn main() {
    let mut scores = vec![3, 4];
    reset(&scores);
    println!("{:?}", scores);
}
