// The index of the largest element is computed from a borrow that ends before the write.
fn main() {
    let mut scores = vec![12, 40, 7, 33];
    let best = scores.iter().enumerate().max_by_key(|(_, s)| **s).map(|(i, _)| i).unwrap();
    scores[best] = 0;
    let sum: i32 = scores.iter().sum();
    println!("{:?} {}", scores, sum);
}
