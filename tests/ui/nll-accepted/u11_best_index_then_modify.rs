// The index of the best entry is computed from a shared borrow, then used to modify the Vec.
fn main() {
    let mut scores = vec![("ann", 40), ("bob", 75), ("cy", 60)];
    let best = scores.iter().enumerate().max_by_key(|(_, s)| s.1).map(|(i, _)| i).unwrap();
    scores[best].1 += 5;
    let low: Vec<usize> = scores.iter().enumerate().filter(|(_, s)| s.1 < 70).map(|(i, _)| i).collect();
    for i in low {
        scores[i].1 = 70;
    }
    println!("{:?}", scores);
}
